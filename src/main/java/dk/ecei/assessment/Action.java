package dk.ecei.assessment;

/**
 * What a person may do with an assessment in its current state. Views carry the actions the reader may take, so
 * pages show a form or a button by asking for an action, never by comparing status names.
 */
public enum Action {
    ASSIGN_EXPERT,
    ASSIGN_EXPERT_PAIR,
    PROCEED_AFTER_GAP_ANALYSIS,
    EDIT_ANSWERS,
    UPLOAD_EVIDENCE,
    EDIT_IMPROVEMENT_AREAS,
    SUBMIT,
    REQUEST_CLARIFICATION,
    WRITE_REPORT,
    ANSWER_CLARIFICATION,
    RECORD_SILVER_AUDIT,
    SCORE_INDICATORS,
    AGREE_FINAL_SCORES,
    DECIDE,
    WITHDRAW
}
