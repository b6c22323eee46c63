package dk.ecei.assessment;

/** Where an assessment stands. COMPLETED and WITHDRAWN are final. */
public enum AssessmentStatus {
    /** Requested by the cluster; waiting for support staff to assign an expert. */
    REQUESTED,
    /** An expert is assigned; the cluster manager fills the self-assessment. */
    SELF_ASSESSMENT,
    /** Submitted; the expert reviews. */
    UNDER_REVIEW,
    /** The expert asked for clarification on named indicators; the cluster manager answers. */
    CLARIFICATION_REQUESTED,
    /** The report is written and the label is in the register. */
    COMPLETED,
    /** Withdrawn by the cluster or the support function; the history is kept. */
    WITHDRAWN;

    public boolean isOpen() {
        return this != COMPLETED && this != WITHDRAWN;
    }
}
