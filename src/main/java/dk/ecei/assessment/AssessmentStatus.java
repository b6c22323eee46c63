package dk.ecei.assessment;

/** Where an assessment stands. COMPLETED, NOT_AWARDED and WITHDRAWN are final. */
public enum AssessmentStatus {
    /** Gold only: the gap analysis (pre-check); the cluster fills its answers and decides whether to go on. */
    PRE_CHECK,
    /** Requested by the cluster; waiting for support staff to assign an expert (Gold: two). */
    REQUESTED,
    /** An expert is assigned; the cluster manager fills the self-assessment (Silver: names the improvement areas). */
    SELF_ASSESSMENT,
    /** Bronze: submitted; the expert reviews. */
    UNDER_REVIEW,
    /** Bronze: the expert asked for clarification on named indicators; the cluster manager answers. */
    CLARIFICATION_REQUESTED,
    /** Silver and Gold: the on-site audit; the auditor checks, or both Gold experts score every indicator. */
    AUDIT,
    /** Gold: the experts scored some indicators differently and agree a final score for them. */
    AGREEING_SCORES,
    /** Silver and Gold: the report and recommendation wait for support staff (the label committee). */
    AWAITING_APPROVAL,
    /** The report is written (Silver and Gold: approved) and the label is in the register. */
    COMPLETED,
    /** Approved without a label: a minimum requirement was missed; the reasons are kept. */
    NOT_AWARDED,
    /** Withdrawn by the cluster or the support function; the history is kept. */
    WITHDRAWN;

    public boolean isOpen() {
        return this != COMPLETED && this != NOT_AWARDED && this != WITHDRAWN;
    }
}
