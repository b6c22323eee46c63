package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.util.List;

/** The cluster or the support function withdrew the assessment; its process ends. */
public record AssessmentWithdrawn(Long assessmentId, Long clusterId, List<String> experts, String reason) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "WITHDRAWN";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.text(reason));
    }

    @Override
    public List<Notice> notices() {
        return Notice.toUsers(experts, Kind.RESULT, "notice.withdrawn", link(), Notice.cluster(clusterId), reason);
    }

}
