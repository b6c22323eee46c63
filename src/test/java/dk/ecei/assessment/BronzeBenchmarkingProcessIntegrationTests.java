package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.ecei.assessment.AssessmentCommands.AnswerClarification;
import dk.ecei.assessment.AssessmentCommands.RequestClarification;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelStatus;
import dk.ecei.label.LabelView;
import dk.ecei.notification.NotificationService;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import dk.ecei.workflow.WorkflowEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Walks every path of bpmn/bronze-benchmarking.bpmn on the real engine and MariaDB, driven through our services. */
@IntegrationTest
class BronzeBenchmarkingProcessIntegrationTests {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentRequests requests;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    BronzeFixture fixture;

    @Autowired
    LabelRegister labels;

    @Autowired
    WorkflowEngine workflow;

    @Autowired
    AuditLog audit;

    @Autowired
    NotificationService notifications;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private ProcessInstance instance(AssessmentView assessment) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(assessment.id())).singleResult();
    }

    @Test
    void fromRequestThroughTwoClarificationRoundsToTheLabelAndItsExpiry() {
        Long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        AssessmentView requested = fixture.requested(cluster);
        ProcessInstance process = instance(requested);
        assertThat(process).isWaitingAt("Task_AssignExpert");
        assertThat(task(process)).hasCandidateGroup("support-staff");

        Long id = requested.id();
        fixture.assign(id, Users.ASSESSOR2);
        assertThat(process).isWaitingAt("Task_FillSelfAssessment");
        fixture.fillAndSubmit(cluster, id);
        assertThat(process).isWaitingAt("Task_ReviewSelfAssessment");
        assertThat(task(process)).isAssignedTo("assessor2");

        for (int round = 1; round <= 2; round++) {
            Users.ASSESSOR2.run(() -> reviews.requestClarification(id,
                    new RequestClarification(List.of("B3.1", "B3.2"), "Hvor stor er den private medfinansiering?")));
            assertThat(process).isWaitingAt("Task_AnswerClarification");
            assertThat(task(process)).hasCandidateGroup("cluster-manager");
            manager.run(() -> selfAssessments.answerClarification(id, new AnswerClarification("Se vedlagte budget.", Map.of())));
            assertThat(process).isWaitingAt("Task_ReviewSelfAssessment");
        }

        AssessmentView reported = Users.ASSESSOR2.call(() -> reviews.writeReport(id, fixture.report(id)));

        assertThat(reported.status()).isEqualTo(AssessmentStatus.COMPLETED);
        // Read in one statement with the stories (three) and the short lists: every list once, none repeated by the join.
        assertThat(reported.clarifications()).hasSize(2).allSatisfy(c -> assertThat(c.response()).isNotBlank());
        assertThat(reported.clarifications()).extracting(AssessmentView.Clarification::round).containsExactly(1, 2);
        assertThat(reported.successStories()).hasSize(3);
        assertThat(Users.ASSESSOR2.call(() -> assessments.get(id)).clarifications()).hasSize(2);
        LabelView label = labels.get(reported.labelId());
        assertThat(label.level()).isEqualTo(dk.ecei.label.LabelLevel.BRONZE);
        assertThat(label.validUntil()).isEqualTo(java.time.YearMonth.from(TestClock.today()).plusMonths(24).atEndOfMonth());
        assertThat(label.assessmentId()).isEqualTo(id);
        assertThat(label.status()).isEqualTo(LabelStatus.ACTIVE);

        // The process ends when the label is written; the label module's nightly process takes it from there.
        assertThat(process).isEnded().hasPassedInOrder("Task_AssignExpert", "Task_FillSelfAssessment",
                "Task_ReviewSelfAssessment", "Task_AnswerClarification", "Task_ReviewSelfAssessment",
                "Task_AnswerClarification", "Task_ReviewSelfAssessment", "Task_AwardBronzeLabel",
                "EndEvent_LabelAwarded");
        // Notices are written by an asynchronous listener after the commit.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(manager.call(notifications::mine)).anyMatch(n -> "notice.labelAwarded".equals(n.code())));
        assertThat(audit.history("Assessment", id)).extracting(e -> e.getAction()).containsSubsequence(
                "REQUESTED", "EXPERT_ASSIGNED", "ANSWERS_SAVED", "SUCCESS_STORIES_SAVED", "SUBMITTED",
                "CLARIFICATION_REQUESTED", "CLARIFICATION_ANSWERED", "CLARIFICATION_REQUESTED",
                "CLARIFICATION_ANSWERED", "REPORTED", "LABEL_AWARDED");
        assertThat(audit.history("Label", label.id())).extracting(e -> e.getAction()).containsExactly("AWARDED");
    }

    @Test
    void aWithdrawalEndsTheProcessAndKeepsTheHistory() {
        Long cluster = fixture.eligibleCluster();
        AssessmentView assigned = fixture.assigned(cluster, Users.ASSESSOR1);
        ProcessInstance process = instance(assigned);
        assertThat(process).isWaitingAt("Task_FillSelfAssessment");
        Users.managerOf(cluster).run(() -> selfAssessments.saveAnswers(assigned.id(), Map.of("B1.1", "30")));

        AssessmentView withdrawn = Users.managerOf(cluster).call(() -> requests.withdraw(assigned.id(), "Vi venter et år"));

        assertThat(withdrawn.status()).isEqualTo(AssessmentStatus.WITHDRAWN);
        assertThat(withdrawn.answers()).containsKey("B1.1");
        assertThat(process).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_AwardBronzeLabel");
        assertThat(audit.history("Assessment", assigned.id())).extracting(e -> e.getAction()).endsWith("WITHDRAWN");
        assertThatThrownBy(() -> Users.managerOf(cluster).run(() -> selfAssessments.saveAnswers(assigned.id(), Map.of("B1.1", "31"))))
                .isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void supportStaffWithdrawDuringReviewToo() {
        Long cluster = fixture.eligibleCluster();
        AssessmentView submitted = fixture.submitted(cluster, Users.ASSESSOR1);
        ProcessInstance process = instance(submitted);

        Users.SUPPORT.run(() -> requests.withdraw(submitted.id(), "Klyngen er lukket"));

        assertThat(process).isEnded().hasPassed("EndEvent_Withdrawn");
    }

    @Test
    void anUnassignedRequestEscalatesToSupportStaffAndStillWaitsForAnExpert() {
        Long cluster = fixture.eligibleCluster();
        AssessmentView requested = fixture.requested(cluster);
        ProcessInstance process = instance(requested);

        TestClock.set(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        assertThat(workflow.runDueJobs(process.getId())).isEqualTo(1);

        assertThat(process).hasPassed("Task_EscalateAssignment", "EndEvent_Escalated").isWaitingAt("Task_AssignExpert");
        assertThat(Users.SUPPORT.call(() -> assessments.get(requested.id())).assignmentEscalated()).isTrue();
        await().untilAsserted(() -> assertThat(Users.SUPPORT.call(notifications::mine))
                .anyMatch(n -> "notice.escalated".equals(n.code()) && n.link().equals("/assessments/" + requested.id())));
        assertThat(audit.history("Assessment", requested.id())).extracting(e -> e.getAction()).contains("ASSIGNMENT_ESCALATED");
    }
}
