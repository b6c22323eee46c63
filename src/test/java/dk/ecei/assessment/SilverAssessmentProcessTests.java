package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
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

import dk.ecei.assessment.SilverGoldProcess.Outcome;
import dk.ecei.support.ModelTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every path and timer of bpmn/silver-assessment.bpmn on the engine alone, the delegates mocked: approval, send back,
 * no label, a withdrawal in every step, and each human task's deadline (a non-interrupting timer that reminds and
 * leaves the task open).
 */
@Deployment(resources = "bpmn/silver-assessment.bpmn")
class SilverAssessmentProcessTests {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** Deadlines that differ per step, so a test sees that each timer reads its own. */
    static final StepDeadlines SETTINGS = new StepDeadlines(Map.of("assignment", Duration.ofDays(7),
            "improvements", Duration.ofDays(30), "audit", Duration.ofDays(31), "approval", Duration.ofDays(14)));

    private static final List<String> STEPS = List.of("Task_AssignExpert", "Task_DescribeImprovements",
            "Task_AuditImprovements", "Task_ApproveLabel");

    private final JavaDelegate remindOverdue = mock(JavaDelegate.class);
    private final JavaDelegate award = mock(JavaDelegate.class);

    @BeforeEach
    void mockDelegates() {
        init(engine.getProcessEngine());
        ModelTestEngine.setTime(NOW);
        Mocks.register("remindOverdueDelegate", remindOverdue);
        Mocks.register("awardLabelDelegate", award);
        Mocks.register("ecei", new ProcessExpressions(SETTINGS, ModelTestEngine.engineClock()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ModelTestEngine.resetTime();
    }

    private ProcessInstance requested() {
        return runtimeService().startProcessInstanceByKey(SilverGoldProcess.SILVER_KEY, "43",
                Map.of(BronzeProcess.VAR_ASSESSMENT_ID, 43L, BronzeProcess.VAR_CLUSTER_ID, 8L));
    }

    /** Walks a new request to the step, the way the services complete the tasks. */
    private ProcessInstance at(String step) {
        ProcessInstance process = requested();
        for (String done : STEPS.subList(0, STEPS.indexOf(step))) {
            Map<String, Object> variables = done.equals("Task_AssignExpert") ? withVariables(BronzeProcess.VAR_EXPERT, "assessor1") : Map.of();
            complete(task(done, process), variables);
        }
        assertThat(process).isWaitingAt(step);
        return process;
    }

    private static void decide(ProcessInstance process, Outcome outcome) {
        complete(task("Task_ApproveLabel", process), withVariables(SilverGoldProcess.VAR_OUTCOME, outcome.name()));
    }

    @Test
    void fromTheAssignmentThroughTheAuditAndApprovalToTheLabelWhereTheProcessEnds() throws Exception {
        ProcessInstance process = requested();
        assertThat(task(process)).hasCandidateGroup("support-staff");
        complete(task(process), withVariables(BronzeProcess.VAR_EXPERT, "assessor1"));
        assertThat(process).isWaitingAt("Task_DescribeImprovements");
        assertThat(task(process)).hasCandidateGroup("cluster-manager");
        complete(task(process));
        assertThat(process).isWaitingAt("Task_AuditImprovements");
        assertThat(task(process)).isAssignedTo("assessor1");
        complete(task(process));
        assertThat(process).isWaitingAt("Task_ApproveLabel");
        assertThat(task(process)).hasCandidateGroup("support-staff");

        decide(process, Outcome.AWARD);

        assertThat(process).isEnded().hasPassedInOrder("Task_AssignExpert", "Task_DescribeImprovements",
                "Task_AuditImprovements", "Task_ApproveLabel", "EndEvent_Decided", "Gateway_Awarded", "Task_AwardLabel",
                "EndEvent_LabelAwarded");
        verify(award, times(1)).execute(any());
        verify(remindOverdue, never()).execute(any());
        assertThat(jobQuery().count()).as("no timer waits after the award").isZero();
    }

    @Test
    void sentBackTheAuditorRevisesAndTheSecondApprovalAwards() throws Exception {
        ProcessInstance process = at("Task_ApproveLabel");

        decide(process, Outcome.SEND_BACK);
        assertThat(process).isWaitingAt("Task_AuditImprovements");
        assertThat(task(process)).isAssignedTo("assessor1");
        complete(task(process));
        decide(process, Outcome.AWARD);

        assertThat(process).isEnded().hasPassedInOrder("Task_AuditImprovements", "Task_ApproveLabel",
                "Task_AuditImprovements", "Task_ApproveLabel", "Task_AwardLabel", "EndEvent_LabelAwarded");
        verify(award, times(1)).execute(any());
    }

    @Test
    void anApprovedRecommendationOfNoLabelEndsWithoutWritingOne() throws Exception {
        ProcessInstance process = at("Task_ApproveLabel");

        decide(process, Outcome.NO_LABEL);

        assertThat(process).isEnded().hasPassed("EndEvent_NoLabel").hasNotPassed("Task_AwardLabel");
        verify(award, never()).execute(any());
    }

    @ParameterizedTest
    @CsvSource({
            "Task_AssignExpert, Timer_AssignExpertOverdue, 7",
            "Task_DescribeImprovements, Timer_DescribeImprovementsOverdue, 30",
            "Task_AuditImprovements, Timer_AuditImprovementsOverdue, 31",
            "Task_ApproveLabel, Timer_ApproveLabelOverdue, 14"})
    void aPassedDeadlineRemindsAndLeavesTheTaskOpen(String step, String timer, int days) throws Exception {
        ProcessInstance process = at(step);
        assertThat(task(process).getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(days))));
        assertThat(job(timer, process).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(days))));

        execute(job(timer, process));

        assertThat(process).hasPassed("Task_RemindOverdue", "EndEvent_Reminded").isWaitingAt(step);
        verify(remindOverdue, times(1)).execute(any());
        assertThat(jobQuery().processInstanceId(process.getId()).count()).as("each deadline reminds once").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Task_AssignExpert", "Task_DescribeImprovements", "Task_AuditImprovements", "Task_ApproveLabel"})
    void aWithdrawalInAnyStepEndsTheProcessWithoutALabel(String step) throws Exception {
        ProcessInstance process = at(step);

        runtimeService().createMessageCorrelation(BronzeProcess.MESSAGE_WITHDRAWN).processInstanceId(process.getId()).correlate();

        assertThat(process).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_AwardLabel");
        assertThat(jobQuery().processInstanceId(process.getId()).count()).as("the deadline timers end too").isZero();
        verify(award, never()).execute(any());
    }

    /** With ecei.approval.silver off, the auditor's recommendation stands: no committee task, the delegate sets the outcome. */
    @ParameterizedTest
    @CsvSource({"AWARD, true", "NO_LABEL, false"})
    void withoutAnApprovalStepTheRecommendationStands(String outcome, boolean awarded) throws Exception {
        Mocks.register("ecei", new ProcessExpressions(SETTINGS, ModelTestEngine.engineClock(), new ApprovalSettings(false, true)));
        Mocks.register("acceptRecommendationDelegate", (JavaDelegate) execution -> execution.setVariable(SilverGoldProcess.VAR_OUTCOME, outcome));
        ProcessInstance process = at("Task_AuditImprovements");

        complete(task(process));

        assertThat(process).isEnded().hasPassed("Gateway_ApprovalNeeded", "Task_AcceptRecommendation", "EndEvent_Decided")
                .hasNotPassed("Task_ApproveLabel");
        verify(award, times(awarded ? 1 : 0)).execute(any());
    }
}
