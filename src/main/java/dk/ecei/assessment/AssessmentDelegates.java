package dk.ecei.assessment;

import static dk.ecei.assessment.BronzeProcess.*;

import dk.ecei.label.LabelView;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin service-task delegates of the assessment models (bronze-benchmarking, silver-assessment,
 * gold-assessment); each calls one service method.
 */
final class AssessmentDelegates {

    private AssessmentDelegates() {
    }

    private static Long assessmentId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_ASSESSMENT_ID)).longValue();
    }

    /** Task_EscalateAssignment. */
    @Component("escalateAssignmentDelegate")
    static class EscalateAssignment implements JavaDelegate {

        private final ExpertAssignment assessments;

        EscalateAssignment(ExpertAssignment assessments) {
            this.assessments = assessments;
        }

        @Override
        public void execute(DelegateExecution execution) {
            assessments.escalateAssignment(assessmentId(execution));
        }
    }

    /** Task_RemindOverdue (Silver, Gold): a human task passed its due date; remind who holds it, tell support staff. */
    @Component("remindOverdueDelegate")
    static class RemindOverdue implements JavaDelegate {

        private final OverdueSteps assessments;

        RemindOverdue(OverdueSteps assessments) {
            this.assessments = assessments;
        }

        @Override
        public void execute(DelegateExecution execution) {
            assessments.remindOverdue(assessmentId(execution));
        }
    }

    /** Task_AcceptRecommendation (Silver, Gold without an approval step): the recommendation stands. */
    @Component("acceptRecommendationDelegate")
    static class AcceptRecommendation implements JavaDelegate {

        private final LabelDecisions assessments;

        AcceptRecommendation(LabelDecisions assessments) {
            this.assessments = assessments;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(SilverGoldProcess.VAR_OUTCOME, assessments.standWithoutApproval(assessmentId(execution)));
        }
    }

    /**
     * Task_AwardBronzeLabel, Task_AwardLabel: writes the label; the process ends there and the label module (the
     * nightly bpmn/label-expiry.bpmn) owns the label's life from then on.
     */
    @Component("awardLabelDelegate")
    static class AwardLabel implements JavaDelegate {

        private final LabelDecisions assessments;

        AwardLabel(LabelDecisions assessments) {
            this.assessments = assessments;
        }

        @Override
        public void execute(DelegateExecution execution) {
            LabelView label = assessments.awardLabel(assessmentId(execution));
            execution.setVariable(VAR_LABEL_ID, label.id());
        }
    }
}
