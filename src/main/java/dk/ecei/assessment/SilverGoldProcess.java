package dk.ecei.assessment;

/**
 * The names in bpmn/silver-assessment.bpmn and bpmn/gold-assessment.bpmn that the code refers to. Both reuse the
 * Bronze names where a step is the same: Task_AssignExpert (Silver's auditor), Task_FillSelfAssessment (Gold), the
 * variables and the withdrawal message.
 */
final class SilverGoldProcess {

    static final String SILVER_KEY = "silver-assessment";
    static final String GOLD_KEY = "gold-assessment";

    static final String TASK_REVIEW_GAP_ANALYSIS = "Task_ReviewGapAnalysis";
    static final String TASK_ASSIGN_EXPERTS = "Task_AssignExperts";
    static final String TASK_DESCRIBE_IMPROVEMENTS = "Task_DescribeImprovements";
    static final String TASK_AUDIT_IMPROVEMENTS = "Task_AuditImprovements";
    static final String TASK_SCORE_INDICATORS = "Task_ScoreIndicators";
    static final String TASK_AGREE_FINAL_SCORES = "Task_AgreeFinalScores";
    static final String TASK_APPROVE_LABEL = "Task_ApproveLabel";

    static final String VAR_SECOND_EXPERT = "secondExpert";
    /** The planned last day of the Gold audit (ISO), from which the experts' scoring falls due. */
    static final String VAR_PLANNED_AUDIT_UNTIL = "plannedAuditUntil";
    static final String VAR_SCORES_DIFFER = "scoresDiffer";
    static final String VAR_OUTCOME = "outcome";

    /** The values of {@link #VAR_OUTCOME} after the label committee's decision. */
    enum Outcome {
        AWARD, NO_LABEL, SEND_BACK
    }

    private SilverGoldProcess() {
    }
}
