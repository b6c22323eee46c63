package dk.ecei.assessment;

/** The names in bpmn/bronze-benchmarking.bpmn that the code refers to. */
final class BronzeProcess {

    static final String KEY = "bronze-benchmarking";
    static final String TASK_ASSIGN_EXPERT = "Task_AssignExpert";
    static final String TASK_FILL_SELF_ASSESSMENT = "Task_FillSelfAssessment";
    static final String TASK_REVIEW = "Task_ReviewSelfAssessment";
    static final String TASK_ANSWER_CLARIFICATION = "Task_AnswerClarification";
    static final String MESSAGE_WITHDRAWN = "Message_BenchmarkWithdrawn";

    static final String VAR_ASSESSMENT_ID = "assessmentId";
    static final String VAR_CLUSTER_ID = "clusterId";
    static final String VAR_EXPERT = "expert";
    static final String VAR_DECISION = "decision";
    static final String VAR_ESCALATION_AFTER = "assignmentEscalationAfter";
    static final String VAR_LABEL_ID = "labelId";

    private BronzeProcess() {
    }
}
