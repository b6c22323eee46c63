package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.util.List;

/** Support staff let an assessor with a tie to the cluster take the assignment: who, why, approved by whom. */
public record ConflictWaived(Long assessmentId, Long clusterId, String assessor, String reason, String approvedBy)
        implements AssessmentEvent {

    @Override
    public String action() {
        return "CONFLICT_WAIVED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.conflictWaived", assessor + ", approved by " + approvedBy + ": ",
                Violation.person(assessor), Violation.person(approvedBy)), Violation.text(reason));
    }
}
