package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.ecei.assessment.AssessmentCommands.Approval;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.notification.NotificationService;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import dk.ecei.workflow.WorkflowEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Walks every path of bpmn/silver-assessment.bpmn on the real engine and MariaDB, driven through our services. */
@IntegrationTest
class SilverAssessmentProcessIntegrationTests {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentRequests requests;

    @Autowired
    ExpertAssignment assignment;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    LabelDecisions decisions;

    @Autowired
    SilverGoldFixture fixture;

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

    private AssessmentView decide(Long id, Approval approval, String reason) {
        return Users.SUPPORT.call(() -> decisions.decide(id, new LabelDecision(approval, reason)));
    }

    @Test
    void fromTwoBronzeBenchmarksThroughTheAuditAndApprovalToTheSilverLabel() {
        Long cluster = fixture.silverReadyCluster();
        AssessmentView requested = fixture.silverRequested(cluster);
        ProcessInstance process = instance(requested);
        assertThat(process).isWaitingAt("Task_AssignExpert");
        assertThat(task(process)).hasCandidateGroup("support-staff");
        assertThat(task(process).getDueDate()).isNotNull();

        AssessmentView inAudit = fixture.silverInAudit(cluster, requested.id(), Users.ASSESSOR1);
        assertThat(inAudit.status()).isEqualTo(AssessmentStatus.AUDIT);
        assertThat(inAudit.improvementAreas()).hasSize(3);
        assertThat(process).isWaitingAt("Task_AuditImprovements");
        assertThat(task(process)).isAssignedTo("assessor1");

        Long id = inAudit.id();
        AssessmentView audited = Users.ASSESSOR1.call(() -> reviews.recordSilverAudit(id, fixture.silverAudit()));
        assertThat(audited.status()).isEqualTo(AssessmentStatus.AWAITING_APPROVAL);
        assertThat(audited.outcome().recommendation()).isEqualTo(Recommendation.SILVER);
        assertThat(audited.improvementAreas()).extracting(ImprovementArea::findingMet).containsExactly(true, true, false);
        assertThat(process).isWaitingAt("Task_ApproveLabel");
        assertThat(task(process)).hasCandidateGroup("support-staff");

        AssessmentView approved = decide(id, Approval.APPROVE, "Forbedringerne er dokumenteret");

        assertThat(approved.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(process).isEnded().hasPassedInOrder("Task_AssignExpert",
                "Task_DescribeImprovements", "Task_AuditImprovements", "Task_ApproveLabel", "Task_AwardLabel", "EndEvent_LabelAwarded");
        LabelView label = labels.get(approved.labelId());
        assertThat(label.level()).isEqualTo(LabelLevel.SILVER);
        assertThat(label.validUntil()).isEqualTo(YearMonth.from(LocalDate.now(SilverGoldFixture.DENMARK)).plusMonths(24).atEndOfMonth());
        assertThat(approved.decisions()).extracting(Decision::kind, Decision::outcome, Decision::decidedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RECOMMENDATION", "SILVER", "assessor1"),
                        org.assertj.core.groups.Tuple.tuple("LABEL_COMMITTEE", "APPROVED SILVER", "support"));
        assertThat(audit.history("Assessment", id)).extracting(e -> e.getAction()).containsSubsequence(
                "REQUESTED", "EXPERT_ASSIGNED", "IMPROVEMENT_AREAS_SAVED", "SUBMITTED", "AUDITED", "RECOMMENDED",
                "APPROVED", "LABEL_AWARDED");
    }

    @Test
    void sentBackTheAuditorRevisesAndSupportStaffApprove() {
        Long cluster = fixture.silverReadyCluster();
        Long id = fixture.silverInAudit(cluster, Users.ASSESSOR1).id();
        Users.ASSESSOR1.run(() -> reviews.recordSilverAudit(id, fixture.silverAudit()));
        ProcessInstance process = instance(Users.SUPPORT.call(() -> assessments.get(id)));

        assertThatThrownBy(() -> decide(id, Approval.SEND_BACK, " ")).isInstanceOf(BusinessRuleException.class);
        AssessmentView sentBack = decide(id, Approval.SEND_BACK, "Rapporten mangler anbefalinger om finansiering");

        assertThat(sentBack.status()).isEqualTo(AssessmentStatus.AUDIT);
        assertThat(process).isWaitingAt("Task_AuditImprovements");
        Users.ASSESSOR1.run(() -> reviews.recordSilverAudit(id, fixture.silverAudit()));
        AssessmentView approved = decide(id, Approval.APPROVE, "Nu komplet");

        assertThat(approved.labelId()).isNotNull();
        assertThat(approved.decisions()).extracting(Decision::outcome)
                .containsExactly("SILVER", "SENT_BACK", "SILVER", "APPROVED SILVER");
        assertThat(approved.decisions().get(1).reason()).isEqualTo("Rapporten mangler anbefalinger om finansiering");
        assertThat(process).hasPassedInOrder("Task_AuditImprovements", "Task_ApproveLabel", "Task_AuditImprovements",
                "Task_ApproveLabel", "Task_AwardLabel");
    }

    @Test
    void aMissedMinimumRequirementMeansNoSilverWithTheReasonsRecorded() {
        Long cluster = fixture.silverReadyCluster();
        Long id = fixture.silverInAudit(cluster, Users.ASSESSOR1).id();

        AssessmentView audited = Users.ASSESSOR1.call(() -> reviews.recordSilverAudit(id, fixture.silverAudit("G3.3")));
        assertThat(audited.outcome().recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(audited.outcome().reasons()).extracting(dk.ecei.shared.Violation::defaultText).contains("Minimum requirement G3.3 is not met");
        AssessmentView decided = decide(id, Approval.APPROVE, "Basisfinansieringen er ikke sikret");

        assertThat(decided.status()).isEqualTo(AssessmentStatus.NOT_AWARDED);
        assertThat(decided.labelId()).isNull();
        assertThat(instance(decided)).isNull();
        String processId = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        assertThat(workflow.passedActivities(processId)).endsWith("EndEvent_NoLabel").doesNotContain("Task_AwardLabel");
        assertThat(labels.ofCluster(cluster)).noneMatch(l -> l.level() == LabelLevel.SILVER);
        // Notifications follow the commit, from the event publication registry.
        await().untilAsserted(() -> assertThat(Users.managerOf(cluster).call(notifications::mine))
                .anyMatch(n -> "notice.decision.noLabel".equals(n.code()) && n.link().equals("/assessments/" + id)));
    }

    @Test
    void silverNeedsASecondBronzeBenchmarkOneAndAHalfToTwoYearsAfterTheFirst() {
        Long none = fixture.eligibleCluster();
        assertThatThrownBy(() -> fixture.silverRequested(none)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("Silver needs two Bronze benchmarks in the register; the cluster has 0"));

        Long tooSoon = fixture.eligibleCluster();
        LocalDate today = LocalDate.now(SilverGoldFixture.DENMARK);
        fixture.label(tooSoon, LabelLevel.BRONZE, today.minusMonths(17));
        fixture.label(tooSoon, LabelLevel.BRONZE, today);
        assertThatThrownBy(() -> fixture.silverRequested(tooSoon)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons().get(0)).contains("18 to 24 months"));

        Long onTheEdge = fixture.eligibleCluster();
        fixture.label(onTheEdge, LabelLevel.BRONZE, today.minusMonths(24));
        fixture.label(onTheEdge, LabelLevel.BRONZE, today);
        assertThat(fixture.silverRequested(onTheEdge).status()).isEqualTo(AssessmentStatus.REQUESTED);
    }

    @Test
    void anOverdueTaskRemindsWhoHoldsItAndEscalatesToSupportStaff() {
        Long cluster = fixture.silverReadyCluster();
        Long id = fixture.silverInAudit(cluster, Users.ASSESSOR1).id();
        ProcessInstance process = instance(Users.SUPPORT.call(() -> assessments.get(id)));
        assertThatThrownBy(() -> Users.managerOf(cluster).run(() -> reviews.recordSilverAudit(id, fixture.silverAudit())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        TestClock.set(Instant.now().plus(Duration.ofDays(30)).plusSeconds(60));
        assertThat(workflow.runDueJobs(process.getId())).isEqualTo(1);

        assertThat(process).hasPassed("Task_RemindOverdue", "EndEvent_Reminded").isWaitingAt("Task_AuditImprovements");
        await().untilAsserted(() -> assertThat(Users.ASSESSOR1.call(notifications::mine))
                .anyMatch(n -> "notice.overdue".equals(n.code())));
        await().untilAsserted(() -> assertThat(Users.SUPPORT.call(notifications::mine))
                .anyMatch(n -> "notice.overdue.support".equals(n.code()) && n.link().equals("/assessments/" + id)));
        assertThat(audit.history("Assessment", id)).extracting(e -> e.detailText())
                .anyMatch(d -> d.startsWith("Task_AuditImprovements due"));
    }
}
