package dk.ecei.assessment;

/** Support staff let an assessor with a tie to the cluster take the assignment: who, why, approved by whom. */
public record ConflictWaived(Long assessmentId, Long clusterId, String assessor, String reason, String approvedBy)
        implements AssessmentEvent {

    @Override
    public String action() {
        return "CONFLICT_WAIVED";
    }

    @Override
    public String auditDetail() {
        return assessor + ", approved by " + approvedBy + ": " + reason;
    }
}
