package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dk.ecei.support.ModelTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every path and timer of bpmn/bronze-benchmarking.bpmn on the engine alone, the delegates mocked: the clarification
 * loop, the assignment escalation timer, a withdrawal in every step, and the end at the award.
 */
@Deployment(resources = "bpmn/bronze-benchmarking.bpmn")
class BronzeBenchmarkingProcessTests {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** The approval's deadline, the one the Bronze model reads ({@code ${ecei.due('approval')}}). */
    private static final StepDeadlines SETTINGS = new StepDeadlines(Map.of("approval", Duration.ofDays(14)));

    private final JavaDelegate escalate = mock(JavaDelegate.class);
    private final JavaDelegate award = mock(JavaDelegate.class);
    private final JavaDelegate remindOverdue = mock(JavaDelegate.class);

    @BeforeEach
    void mockDelegates() {
        init(engine.getProcessEngine());
        ModelTestEngine.setTime(NOW);
        Mocks.register("escalateAssignmentDelegate", escalate);
        Mocks.register("awardLabelDelegate", award);
        Mocks.register("remindOverdueDelegate", remindOverdue);
        // The default settings: the body does not approve Bronze (ecei.approval.bronze off).
        Mocks.register("ecei", new ProcessExpressions(SETTINGS, ModelTestEngine.engineClock(), ApprovalSettings.defaults()));
    }

    private static void bodyApprovesBronze() {
        Mocks.register("ecei", new ProcessExpressions(SETTINGS, ModelTestEngine.engineClock(),
                new ApprovalSettings(true, true, true)));
    }

    private ProcessInstance reported() {
        ProcessInstance process = requested();
        assign(process, "assessor1");
        complete(task(process));
        review(process, AssessmentCommands.Decision.REPORT);
        return process;
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ModelTestEngine.resetTime();
    }

    private ProcessInstance requested() {
        return runtimeService().startProcessInstanceByKey(BronzeProcess.KEY, "42", Map.of(
                BronzeProcess.VAR_ASSESSMENT_ID, 42L, BronzeProcess.VAR_CLUSTER_ID, 7L,
                BronzeProcess.VAR_ESCALATION_AFTER, Duration.ofDays(7).toString()));
    }

    private static void assign(ProcessInstance process, String expert) {
        complete(task(BronzeProcess.TASK_ASSIGN_EXPERT, process), withVariables(BronzeProcess.VAR_EXPERT, expert));
    }

    private static void review(ProcessInstance process, AssessmentCommands.Decision decision) {
        complete(task(BronzeProcess.TASK_REVIEW, process), withVariables(BronzeProcess.VAR_DECISION, decision.name()));
    }

    @Test
    void twoClarificationRoundsThenTheReportAndTheProcessEndsWhenTheLabelIsWritten() throws Exception {
        ProcessInstance process = requested();
        assertThat(process).isWaitingAt("Task_AssignExpert");
        assertThat(task(process)).hasCandidateGroup("support-staff");

        assign(process, "assessor2");
        assertThat(process).isWaitingAt("Task_FillSelfAssessment");
        assertThat(task(process)).hasCandidateGroup("cluster-manager");
        complete(task(process));
        assertThat(process).isWaitingAt("Task_ReviewSelfAssessment");
        assertThat(task(process)).isAssignedTo("assessor2");

        for (int round = 1; round <= 2; round++) {
            review(process, AssessmentCommands.Decision.CLARIFY);
            assertThat(process).isWaitingAt("Task_AnswerClarification");
            assertThat(task(process)).hasCandidateGroup("cluster-manager");
            complete(task(process));
            assertThat(process).isWaitingAt("Task_ReviewSelfAssessment");
        }
        review(process, AssessmentCommands.Decision.REPORT);

        assertThat(process).isEnded().hasPassedInOrder("Task_AssignExpert", "Task_FillSelfAssessment",
                "Task_ReviewSelfAssessment", "Task_AnswerClarification", "Task_ReviewSelfAssessment",
                "Task_AnswerClarification", "Task_ReviewSelfAssessment", "Gateway_ApprovalNeeded", "EndEvent_Reported",
                "Task_AwardBronzeLabel", "EndEvent_LabelAwarded").hasNotPassed("Task_ApproveLabel");
        verify(award, times(1)).execute(any());
        verify(escalate, never()).execute(any());
        assertThat(jobQuery().count()).as("no timer waits after the award: the label module owns the label").isZero();
    }

    @Test
    void anUnassignedRequestEscalatesAfterTheSetTimeAndStillWaitsForAnExpert() throws Exception {
        ProcessInstance process = requested();
        assertThat(job("Timer_AssignmentOverdue", process).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(7))));

        execute(job("Timer_AssignmentOverdue", process));

        assertThat(process).hasPassed("Task_EscalateAssignment", "EndEvent_Escalated").isWaitingAt("Task_AssignExpert");
        verify(escalate, times(1)).execute(any());
        assertThat(jobQuery().processInstanceId(process.getId()).count()).as("the timer fires once").isZero();
        assign(process, "assessor1");
        assertThat(process).isWaitingAt("Task_FillSelfAssessment");
    }

    @Test
    void assigningInTimeCancelsTheEscalationTimer() throws Exception {
        ProcessInstance process = requested();
        assign(process, "assessor1");

        assertThat(jobQuery().processInstanceId(process.getId()).count()).isZero();
        verify(escalate, never()).execute(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Task_AssignExpert", "Task_FillSelfAssessment", "Task_ReviewSelfAssessment", "Task_AnswerClarification"})
    void aWithdrawalInAnyStepEndsTheProcessWithoutALabel(String step) throws Exception {
        ProcessInstance process = requested();
        if (!step.equals("Task_AssignExpert")) {
            assign(process, "assessor1");
        }
        if (step.equals("Task_ReviewSelfAssessment") || step.equals("Task_AnswerClarification")) {
            complete(task(process));
        }
        if (step.equals("Task_AnswerClarification")) {
            review(process, AssessmentCommands.Decision.CLARIFY);
        }
        assertThat(process).isWaitingAt(step);

        runtimeService().createMessageCorrelation(BronzeProcess.MESSAGE_WITHDRAWN).processInstanceId(process.getId()).correlate();

        assertThat(process).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_AwardBronzeLabel");
        verify(award, never()).execute(any());
    }

    @Test
    void aReviewWithoutAKnownDecisionIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance process = requested();
        assign(process, "assessor1");
        complete(task(process));

        assertThatThrownBy(() -> complete(task(process), withVariables(BronzeProcess.VAR_DECISION, "MAYBE")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(process).isWaitingAt("Task_ReviewSelfAssessment");
    }

    // --- the body approves Bronze (ecei.approval.bronze on) ----------------------------------------------------------

    @Test
    void withTheSettingOnTheReportWaitsForTheBodyWhichApprovesAndThenTheLabelIsWritten() throws Exception {
        bodyApprovesBronze();
        ProcessInstance process = reported();

        assertThat(process).isWaitingAt("Task_ApproveLabel");
        assertThat(task(process)).hasCandidateGroup("support-staff");
        verify(award, never()).execute(any());

        complete(task(process), withVariables(SilverGoldProcess.VAR_OUTCOME, SilverGoldProcess.Outcome.AWARD.name()));

        assertThat(process).isEnded().hasPassedInOrder("Task_ReviewSelfAssessment", "Gateway_ApprovalNeeded",
                "Task_ApproveLabel", "Gateway_LabelDecision", "EndEvent_Reported", "Task_AwardBronzeLabel",
                "EndEvent_LabelAwarded");
        verify(award, times(1)).execute(any());
        assertThat(jobQuery().processInstanceId(process.getId()).count()).as("the approval's timer ends with it").isZero();
    }

    @Test
    void theBodySendsTheReportBackToTheExpertWhoWritesItAgain() throws Exception {
        bodyApprovesBronze();
        ProcessInstance process = reported();

        complete(task(process), withVariables(SilverGoldProcess.VAR_OUTCOME, SilverGoldProcess.Outcome.SEND_BACK.name()));

        assertThat(process).isWaitingAt("Task_ReviewSelfAssessment");
        assertThat(task(process)).isAssignedTo("assessor1");
        verify(award, never()).execute(any());
        review(process, AssessmentCommands.Decision.REPORT);
        assertThat(process).isWaitingAt("Task_ApproveLabel");
        complete(task(process), withVariables(SilverGoldProcess.VAR_OUTCOME, SilverGoldProcess.Outcome.AWARD.name()));
        assertThat(process).isEnded().hasPassed("EndEvent_LabelAwarded");
        verify(award, times(1)).execute(any());
    }

    @Test
    void theApprovalFallsDueAfterItsDeadlineWhichRemindsOnceAndLeavesItOpen() throws Exception {
        bodyApprovesBronze();
        ProcessInstance process = reported();
        assertThat(task(process).getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));
        assertThat(job("Timer_ApproveLabelOverdue", process).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));

        execute(job("Timer_ApproveLabelOverdue", process));

        assertThat(process).hasPassed("Task_RemindOverdue", "EndEvent_Reminded").isWaitingAt("Task_ApproveLabel");
        verify(remindOverdue, times(1)).execute(any());
        assertThat(jobQuery().processInstanceId(process.getId()).count()).as("the deadline reminds once").isZero();
    }

    @Test
    void aWithdrawalWhileTheBodyDecidesEndsTheProcessWithoutALabel() throws Exception {
        bodyApprovesBronze();
        ProcessInstance process = reported();

        runtimeService().createMessageCorrelation(BronzeProcess.MESSAGE_WITHDRAWN).processInstanceId(process.getId()).correlate();

        assertThat(process).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_AwardBronzeLabel");
        assertThat(jobQuery().processInstanceId(process.getId()).count()).isZero();
        verify(award, never()).execute(any());
    }
}
