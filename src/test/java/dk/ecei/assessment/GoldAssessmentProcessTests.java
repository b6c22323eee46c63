package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * Every path and timer of bpmn/gold-assessment.bpmn on the engine alone, the delegates mocked: two experts who agree
 * or disagree, the agreement, the committee's approval, send back and no label, a withdrawal in every step, and each
 * human task's deadline.
 */
@Deployment(resources = "bpmn/gold-assessment.bpmn")
class GoldAssessmentProcessTests {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static final StepDeadlines SETTINGS = new StepDeadlines(Map.of("gap-analysis", Duration.ofDays(30),
            "assignment", Duration.ofDays(7), "self-assessment", Duration.ofDays(21), "scoring", Duration.ofDays(15),
            "agreement", Duration.ofDays(8), "approval", Duration.ofDays(14)));

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
        return runtimeService().startProcessInstanceByKey(SilverGoldProcess.GOLD_KEY, "44",
                Map.of(BronzeProcess.VAR_ASSESSMENT_ID, 44L, BronzeProcess.VAR_CLUSTER_ID, 9L));
    }

    /** A request walked to the on-site scoring by the two experts. */
    private ProcessInstance inScoring() {
        ProcessInstance process = requested();
        complete(task("Task_ReviewGapAnalysis", process));
        complete(task("Task_AssignExperts", process), withVariables(BronzeProcess.VAR_EXPERT, "assessor1",
                SilverGoldProcess.VAR_SECOND_EXPERT, "assessor2"));
        complete(task("Task_FillSelfAssessment", process));
        assertThat(process).isWaitingAt("Task_ScoreIndicators");
        return process;
    }

    /** Both experts score; the second one's completion says whether their scores differ, as the service does. */
    private static void score(ProcessInstance process, boolean differ) {
        List<Task> scoring = taskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_ScoreIndicators")
                .orderByTaskAssignee().asc().list();
        assertThat(scoring).extracting(Task::getAssignee).containsExactly("assessor1", "assessor2");
        complete(scoring.get(0), withVariables(SilverGoldProcess.VAR_SCORES_DIFFER, false));
        complete(scoring.get(1), withVariables(SilverGoldProcess.VAR_SCORES_DIFFER, differ));
    }

    private static void decide(ProcessInstance process, Outcome outcome) {
        complete(task("Task_ApproveLabel", process), withVariables(SilverGoldProcess.VAR_OUTCOME, outcome.name()));
    }

    private ProcessInstance at(String step) {
        if (step.equals("Task_ReviewGapAnalysis")) {
            return requested();
        }
        if (step.equals("Task_AssignExperts") || step.equals("Task_FillSelfAssessment")) {
            ProcessInstance process = requested();
            complete(task("Task_ReviewGapAnalysis", process));
            if (step.equals("Task_FillSelfAssessment")) {
                complete(task("Task_AssignExperts", process), withVariables(BronzeProcess.VAR_EXPERT, "assessor1",
                        SilverGoldProcess.VAR_SECOND_EXPERT, "assessor2"));
            }
            return process;
        }
        ProcessInstance process = inScoring();
        if (step.equals("Task_AgreeFinalScores")) {
            score(process, true);
        } else if (step.equals("Task_ApproveLabel")) {
            score(process, false);
        }
        return process;
    }

    @Test
    void twoAgreeingExpertsGoStraightToTheCommitteeAndTheProcessEndsAtTheLabel() throws Exception {
        ProcessInstance process = requested();
        assertThat(task(process)).hasCandidateGroup("cluster-manager");
        complete(task(process));
        assertThat(process).isWaitingAt("Task_AssignExperts");
        assertThat(task(process)).hasCandidateGroup("support-staff");
        complete(task(process), withVariables(BronzeProcess.VAR_EXPERT, "assessor1", SilverGoldProcess.VAR_SECOND_EXPERT, "assessor2"));
        assertThat(process).isWaitingAt("Task_FillSelfAssessment");
        assertThat(task(process)).hasCandidateGroup("cluster-manager");
        complete(task(process));

        score(process, false);
        assertThat(process).isWaitingAt("Task_ApproveLabel");
        assertThat(task(process)).hasCandidateGroup("support-staff");
        decide(process, Outcome.AWARD);

        assertThat(process).isEnded().hasPassedInOrder("Task_ReviewGapAnalysis", "Task_AssignExperts",
                "Task_FillSelfAssessment", "Task_ScoreIndicators", "Gateway_ScoresDiffer", "Task_ApproveLabel",
                "Task_AwardLabel", "EndEvent_LabelAwarded").hasNotPassed("Task_AgreeFinalScores");
        verify(award, times(1)).execute(any());
        verify(remindOverdue, never()).execute(any());
        assertThat(jobQuery().count()).as("no timer waits after the award").isZero();
    }

    @Test
    void disagreeingExpertsAgreeAndASendBackReturnsToTheLeadExpert() throws Exception {
        ProcessInstance process = inScoring();

        score(process, true);
        assertThat(process).isWaitingAt("Task_AgreeFinalScores");
        assertThat(task(process)).isAssignedTo("assessor1");
        complete(task(process));
        assertThat(process).isWaitingAt("Task_ApproveLabel");
        decide(process, Outcome.SEND_BACK);
        assertThat(process).isWaitingAt("Task_AgreeFinalScores");
        assertThat(task(process)).isAssignedTo("assessor1");
        complete(task(process));
        decide(process, Outcome.AWARD);

        assertThat(process).isEnded().hasPassedInOrder("Task_ScoreIndicators", "Task_AgreeFinalScores",
                "Task_ApproveLabel", "Task_AgreeFinalScores", "Task_ApproveLabel", "Task_AwardLabel", "EndEvent_LabelAwarded");
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
            "Task_ReviewGapAnalysis, Timer_ReviewGapAnalysisOverdue, 30",
            "Task_AssignExperts, Timer_AssignExpertsOverdue, 7",
            "Task_FillSelfAssessment, Timer_FillSelfAssessmentOverdue, 21",
            "Task_AgreeFinalScores, Timer_AgreeFinalScoresOverdue, 8",
            "Task_ApproveLabel, Timer_ApproveLabelOverdue, 14"})
    void aPassedDeadlineRemindsAndLeavesTheTaskOpen(String step, String timer, int days) throws Exception {
        ProcessInstance process = at(step);
        assertThat(process).isWaitingAt(step);
        Date due = Date.from(NOW.plus(Duration.ofDays(days)));
        assertThat(task(process).getDueDate()).isEqualTo(due);
        Job job = jobQuery().processInstanceId(process.getId()).activityId(timer).singleResult();
        assertThat(job.getDuedate()).isEqualTo(due);

        execute(job);

        assertThat(process).hasPassed("Task_RemindOverdue", "EndEvent_Reminded").isWaitingAt(step);
        verify(remindOverdue, times(1)).execute(any());
        assertThat(jobQuery().processInstanceId(process.getId()).count()).as("each deadline reminds once").isZero();
    }

    /** A boundary event on a multi-instance task belongs to the whole step: one deadline for both experts. */
    @Test
    void theScoringDeadlineIsOneForBothExpertsAndLeavesBothTasksOpen() throws Exception {
        ProcessInstance process = inScoring();
        List<Job> timers = jobQuery().processInstanceId(process.getId()).activityId("Timer_ScoreIndicatorsOverdue").list();
        assertThat(timers).singleElement().satisfies(j -> assertThat(j.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(15)))));
        assertThat(taskQuery().processInstanceId(process.getId()).list()).hasSize(2)
                .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(15)))));

        execute(timers.get(0));

        assertThat(process).hasPassed("Task_RemindOverdue").isWaitingAt("Task_ScoreIndicators");
        assertThat(taskQuery().processInstanceId(process.getId()).count()).isEqualTo(2);
        verify(remindOverdue, times(1)).execute(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Task_ReviewGapAnalysis", "Task_AssignExperts", "Task_FillSelfAssessment",
            "Task_ScoreIndicators", "Task_AgreeFinalScores", "Task_ApproveLabel"})
    void aWithdrawalInAnyStepEndsTheProcessWithoutALabel(String step) throws Exception {
        ProcessInstance process = at(step);
        assertThat(process).isWaitingAt(step);

        runtimeService().createMessageCorrelation(BronzeProcess.MESSAGE_WITHDRAWN).processInstanceId(process.getId()).correlate();

        assertThat(process).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_AwardLabel");
        assertThat(jobQuery().processInstanceId(process.getId()).count()).isZero();
        verify(award, never()).execute(any());
    }

    /** With ecei.approval.gold off, the agreed recommendation stands: no committee task, the delegate sets the outcome. */
    @ParameterizedTest
    @CsvSource({"false, AWARD", "true, AWARD", "false, NO_LABEL"})
    void withoutAnApprovalStepTheRecommendationStandsAndTheProcessAwardsOrEnds(boolean differ, String outcome) throws Exception {
        Mocks.register("ecei", new ProcessExpressions(SETTINGS, ModelTestEngine.engineClock(), new ApprovalSettings(true, false)));
        JavaDelegate stands = execution -> execution.setVariable(SilverGoldProcess.VAR_OUTCOME, outcome);
        Mocks.register("acceptRecommendationDelegate", stands);
        ProcessInstance process = inScoring();

        score(process, differ);
        if (differ) {
            complete(task("Task_AgreeFinalScores", process));
        }

        assertThat(process).isEnded().hasPassed("Gateway_ApprovalNeeded", "Task_AcceptRecommendation", "EndEvent_Decided")
                .hasNotPassed("Task_ApproveLabel");
        if (outcome.equals("AWARD")) {
            assertThat(process).hasPassed("Task_AwardLabel");
            verify(award, times(1)).execute(any());
        } else {
            assertThat(process).hasPassed("EndEvent_NoLabel").hasNotPassed("Task_AwardLabel");
            verify(award, never()).execute(any());
        }
    }

    @Test
    void withTheApprovalStepOnTheAgreedScoresWaitForTheCommittee() throws Exception {
        Mocks.register("ecei", new ProcessExpressions(SETTINGS, ModelTestEngine.engineClock(), new ApprovalSettings(false, true)));
        ProcessInstance process = at("Task_AgreeFinalScores");

        complete(task("Task_AgreeFinalScores", process));

        assertThat(process).isWaitingAt("Task_ApproveLabel").hasNotPassed("Task_AcceptRecommendation");
    }
}
