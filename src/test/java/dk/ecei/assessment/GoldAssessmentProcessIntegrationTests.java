package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import dk.ecei.assessment.AssessmentCommands.AgreeFinalScores;
import dk.ecei.assessment.AssessmentCommands.Approval;
import dk.ecei.assessment.AssessmentCommands.AssignExperts;
import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Walks every path of bpmn/gold-assessment.bpmn on the real engine and MariaDB, driven through our services. */
@IntegrationTest
class GoldAssessmentProcessIntegrationTests {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AssessmentService assessments;

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
    AuditLog audit;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private ProcessInstance instance(Long id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    /** The audit takes place a few days after the request. */
    private static void auditDays() {
        TestClock.set(Instant.now().plus(Duration.ofDays(5)));
    }

    private AssessmentView approve(Long id, String reason) {
        return Users.SUPPORT.call(() -> decisions.decide(id, new LabelDecision(Approval.APPROVE, reason)));
    }

    @Test
    void gapAnalysisTwoAgreeingExpertsAndTheCommitteeLeadToTheGoldLabel() {
        Long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        Long id = fixture.goldRequested(cluster).id();
        ProcessInstance process = instance(id);
        assertThat(process).isWaitingAt("Task_ReviewGapAnalysis");
        assertThat(task(process)).hasCandidateGroup("cluster-manager");

        Map<String, String> answers = new java.util.HashMap<>(fixture.goldAnswers());
        answers.put("G1.4", "1");
        manager.run(() -> selfAssessments.saveAnswers(id, answers));
        GapAnalysis gap = manager.call(() -> assessments.gapAnalysis(id));
        assertThat(gap.total()).isEqualTo(31);
        assertThat(gap.indicators()).filteredOn(g -> g.status() == GapAnalysis.Status.SHORT)
                .extracting(GapAnalysis.IndicatorGap::code).containsExactly("G1.4");
        assertThat(gap.toBeAssessed()).isEqualTo(gap.total() - gap.met() - 1);
        manager.run(() -> selfAssessments.proceedAfterGapAnalysis(id));
        assertThat(process).isWaitingAt("Task_AssignExperts");

        Users.SUPPORT.run(() -> assignment.assignExperts(id, new AssignExperts("assessor1", "assessor2", TestClock.today().plusDays(5))));
        assertThat(process).isWaitingAt("Task_FillSelfAssessment");
        manager.run(() -> selfAssessments.saveAnswers(id, fixture.goldAnswers()));
        fixture.goldEvidence(cluster, id);
        manager.run(() -> selfAssessments.submit(id));
        assertThat(process).isWaitingAt("Task_ScoreIndicators");
        assertThat(taskQuery().processInstanceId(process.getId()).list()).extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrder("assessor1", "assessor2");

        auditDays();
        Users.ASSESSOR1.run(() -> reviews.scoreIndicators(id, fixture.scores(2, "G5.2")));
        assertThat(process).isWaitingAt("Task_ScoreIndicators");
        AssessmentView scored = Users.ASSESSOR2.call(() -> reviews.scoreIndicators(id, fixture.scores(2, "G5.2")));

        assertThat(scored.status()).isEqualTo(AssessmentStatus.AWAITING_APPROVAL);
        assertThat(scored.outcome().recommendation()).isEqualTo(Recommendation.GOLD);
        assertThat(scored.outcome().indicatorsMet()).isEqualTo(30);
        assertThat(scored.finalScores()).hasSize(31);
        assertThat(process).isWaitingAt("Task_ApproveLabel");

        AssessmentView approved = approve(id, "Indstillingen følges");
        assertThat(approved.status()).isEqualTo(AssessmentStatus.COMPLETED);
        LabelView label = labels.get(approved.labelId());
        assertThat(label.level()).isEqualTo(LabelLevel.GOLD);
        assertThat(label.assessedOn()).isEqualTo(scored.interviewDate());
        assertThat(process).isEnded().hasPassedInOrder("Task_ReviewGapAnalysis",
                "Task_AssignExperts", "Task_FillSelfAssessment", "Task_ScoreIndicators", "Gateway_ScoresDiffer",
                "Task_ApproveLabel", "Task_AwardLabel", "EndEvent_LabelAwarded").hasNotPassed("Task_AgreeFinalScores");
        assertThat(approved.decisions()).extracting(Decision::kind)
                .containsExactly("GAP_ANALYSIS", "RECOMMENDATION", "LABEL_COMMITTEE");
        assertThat(approved.decisions().get(0).reason()).contains("G1.4");
    }

    @Test
    void disagreeingExpertsAgreeAFinalScoreWithANoteAndASendBackReturnsToThem() {
        Long cluster = fixture.eligibleCluster();
        Long id = fixture.goldInAudit(cluster, Users.ASSESSOR1, Users.ASSESSOR2).id();
        ProcessInstance process = instance(id);
        auditDays();
        Users.ASSESSOR1.run(() -> reviews.scoreIndicators(id, fixture.scores(2, "G2.3")));
        AssessmentView differ = Users.ASSESSOR2.call(() -> reviews.scoreIndicators(id, fixture.scores(2, "G2.4")));

        assertThat(differ.status()).isEqualTo(AssessmentStatus.AGREEING_SCORES);
        assertThat(process).isWaitingAt("Task_AgreeFinalScores");
        assertThat(task(process)).isAssignedTo("assessor1");
        assertThatThrownBy(() -> Users.ASSESSOR1.run(() -> reviews.agreeFinalScores(id, new AgreeFinalScores(
                Map.of("G2.3", new Judgement(true, "CV'er set på stedet")))))).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("Agree a final score for G2.4, which the experts scored differently"));

        AssessmentView agreed = Users.ASSESSOR1.call(() -> reviews.agreeFinalScores(id, new AgreeFinalScores(Map.of(
                "G2.3", new Judgement(true, "CV'er set på stedet"), "G2.4", new Judgement(false, "Ingen efteruddannelse i 2025")))));
        assertThat(agreed.finalScores().get("G2.4").note()).isEqualTo("Ingen efteruddannelse i 2025");
        assertThat(agreed.outcome().indicatorsMet()).isEqualTo(30);
        assertThat(process).isWaitingAt("Task_ApproveLabel");

        Users.SUPPORT.run(() -> decisions.decide(id, new LabelDecision(Approval.SEND_BACK, "Begrund G2.3 nærmere")));
        assertThat(process).isWaitingAt("Task_AgreeFinalScores");
        Users.ASSESSOR1.run(() -> reviews.agreeFinalScores(id, new AgreeFinalScores(Map.of(
                "G2.3", new Judgement(true, "Tre medarbejdere med 10 års klyngeerfaring")))));
        AssessmentView approved = approve(id, "Begrundelsen er nu tilstrækkelig");

        assertThat(labels.get(approved.labelId()).level()).isEqualTo(LabelLevel.GOLD);
        assertThat(process).hasPassedInOrder("Task_ScoreIndicators", "Task_AgreeFinalScores", "Task_ApproveLabel",
                "Task_AgreeFinalScores", "Task_ApproveLabel", "Task_AwardLabel");
        assertThat(approved.decisions()).extracting(Decision::outcome)
                .containsExactly("PROCEED", "GOLD", "SENT_BACK", "GOLD", "APPROVED GOLD");
        assertThat(audit.history("Assessment", id)).extracting(e -> e.getAction())
                .containsSubsequence("SCORED", "SCORED", "SCORES_DIFFER", "FINAL_SCORES_AGREED", "SENT_BACK",
                        "FINAL_SCORES_AGREED", "APPROVED", "LABEL_AWARDED");
    }

    @Test
    void belowEightyPercentTheResultSupportsSilverAndAMissedMinimumRequirementNoLabel() {
        Long silverCluster = fixture.eligibleCluster();
        Long silverId = fixture.goldInAudit(silverCluster, Users.ASSESSOR1, Users.ASSESSOR2).id();
        Long noneCluster = fixture.eligibleCluster();
        Long noneId = fixture.goldInAudit(noneCluster, Users.ASSESSOR1, Users.ASSESSOR2).id();
        auditDays();
        String[] sevenMissed = fixture.nonMinimum(7);
        Users.ASSESSOR1.run(() -> reviews.scoreIndicators(silverId, fixture.scores(2, sevenMissed)));
        AssessmentView silver = Users.ASSESSOR2.call(() -> reviews.scoreIndicators(silverId, fixture.scores(2, sevenMissed)));
        assertThat(silver.outcome().recommendation()).isEqualTo(Recommendation.SILVER);
        assertThat(silver.outcome().reasons().get(0).defaultText()).startsWith("24 of 31 indicators met (77.4 %)");
        assertThat(labels.get(approve(silverId, "Sølv som indstillet").labelId()).level()).isEqualTo(LabelLevel.SILVER);

        Users.ASSESSOR1.run(() -> reviews.scoreIndicators(noneId, fixture.scores(2, "G4.1")));
        AssessmentView none = Users.ASSESSOR2.call(() -> reviews.scoreIndicators(noneId, fixture.scores(2, "G4.1")));
        assertThat(none.outcome().recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(none.outcome().reasons()).extracting(dk.ecei.shared.Violation::defaultText).contains("Minimum requirement G4.1 is not met");
        AssessmentView decided = approve(noneId, "Ingen dokumenteret strategi");

        assertThat(decided.status()).isEqualTo(AssessmentStatus.NOT_AWARDED);
        assertThat(decided.labelId()).isNull();
        assertThat(labels.ofCluster(noneCluster)).isEmpty();
    }

    @Test
    void aRenewalWithinAYearOfExpiryRunsAOneDayAuditAndKeepsTheEarlierAssessment() {
        // Assessors of their own, qualified beyond the renewal date, so the demo assessors stay as they are.
        Users national = fixture.newAssessor("DK");
        Users foreign = fixture.newAssessor("NO");
        Long cluster = fixture.eligibleCluster();
        Long first = fixture.goldInAudit(cluster, national, foreign).id();
        auditDays();
        national.run(() -> reviews.scoreIndicators(first, fixture.scores(2)));
        foreign.run(() -> reviews.scoreIndicators(first, fixture.scores(2)));
        LabelView firstLabel = labels.get(approve(first, "Guld").labelId());

        TestClock.set(firstLabel.validUntil().minusMonths(2).atStartOfDay(SilverGoldFixture.DENMARK).toInstant());
        AssessmentView renewal = fixture.goldRequested(cluster);

        assertThat(renewal.renewal()).isTrue();
        assertThat(renewal.previousAssessmentId()).isEqualTo(first);
        assertThat(renewal.answers()).hasSize(31);
        Long id = renewal.id();
        Users manager = Users.managerOf(cluster);
        manager.run(() -> selfAssessments.proceedAfterGapAnalysis(id));
        AssessmentView assigned = Users.SUPPORT.call(() -> assignment.assignExperts(id,
                new AssignExperts(national.username(), foreign.username(), firstLabel.validUntil().minusMonths(2).plusDays(5))));
        assertThat(assigned.auditDays()).isEqualTo(1);
        fixture.goldEvidence(cluster, id);
        manager.run(() -> selfAssessments.submit(id));
        TestClock.set(firstLabel.validUntil().minusMonths(1).atStartOfDay(SilverGoldFixture.DENMARK).toInstant());

        assertThatThrownBy(() -> national.run(() -> reviews.scoreIndicators(id, fixture.scores(2))))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons()).anyMatch(r -> r.startsWith("This audit takes 1 day")));
        national.run(() -> reviews.scoreIndicators(id, fixture.scores(1)));
        foreign.run(() -> reviews.scoreIndicators(id, fixture.scores(1)));
        LabelView renewed = labels.get(approve(id, "Fornyet").labelId());

        assertThat(renewed.level()).isEqualTo(LabelLevel.GOLD);
        assertThat(renewed.validUntil()).isAfter(firstLabel.validUntil());
        assertThat(audit.history("Assessment", id)).extracting(e -> e.detailText())
                .anyMatch(d -> d.startsWith("Gold renewal") && d.contains("compared with assessment " + first));
    }
}
