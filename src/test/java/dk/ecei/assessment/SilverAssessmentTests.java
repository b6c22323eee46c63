package dk.ecei.assessment;

import static dk.ecei.assessment.AggregateFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Silver assessment's own moves, legal and illegal, and the events each registers. */
class SilverAssessmentTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final List<IndicatorView> GOLD = List.of(indicator(1, "G1.1", true), indicator(2, "G1.2", false),
            indicator(3, "G2.1", true));
    private static final Set<String> GOLD_CODES = Set.of("G1.1", "G1.2", "G2.1");
    private static final ReportSection REPORT = new ReportSection("found", "recommended");

    private static List<ImprovementArea> areas(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> ImprovementArea.of("Area " + i, List.of("G1.2"), "changed", "evidence")).toList();
    }

    private static SilverAssessment inAudit() {
        SilverAssessment silver = new SilverAssessment(7L, 1L, "manager-7", REQUESTED, false, null);
        silver.startedAs("process-1", java.util.List.of(dk.ecei.shared.Violation.text("Silver assessment for cluster 7")));
        silver.assignAuditor("auditor", TODAY, REQUESTED);
        silver.replaceImprovementAreas(areas(3), GOLD_CODES, REQUESTED);
        silver.submit(REQUESTED);
        silver.clearDomainEvents();
        return silver;
    }

    private static List<Judgement> findings() {
        return List.of(new Judgement(true, "a"), new Judgement(true, "b"), new Judgement(false, "c"));
    }

    @Test
    void anAuditWithEveryMinimumRequirementMetRecommendsSilverAndTheCommitteeApproves() {
        SilverAssessment silver = inAudit();
        assertThat(silver.getStatus()).isEqualTo(AssessmentStatus.AUDIT);
        silver.recordAudit(TODAY, findings(), Map.of("G1.1", new Judgement(true, "ok"), "G2.1", new Judgement(true, "ok")),
                GOLD, REPORT, "auditor", TODAY, LATER);
        assertThat(silver.getStatus()).isEqualTo(AssessmentStatus.AWAITING_APPROVAL);
        assertThat(silver.getRecommendation()).isEqualTo(Recommendation.SILVER);
        assertThat(silver.getImprovementAreas()).extracting(ImprovementArea::findingMet).containsExactly(true, true, false);
        assertThat(eventNames(silver)).containsExactly("SilverAudited", "RecommendationMade");
        silver.decide(true, "Well done", "support", LATER);
        assertThat(silver.getStatus()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(silver.awardedLevel()).isEqualTo(LabelLevel.SILVER);
        assertThat(String.join("", lastEvent(silver, LabelCommitteeDecided.class).auditDetail().stream().map(dk.ecei.shared.Violation::defaultText).toList())).isEqualTo("SILVER: Well done");
        assertThat(lastEvent(silver, LabelCommitteeDecided.class).auditDetail()).extracting(dk.ecei.shared.Violation::code)
                .containsExactly("trail.detail.recommended", null);
        assertThat(lastEvent(silver, LabelCommitteeDecided.class).notices()).isEmpty();
    }

    @Test
    void aMissedMinimumRequirementMeansNoLabelAndTheClusterHearsWhy() {
        SilverAssessment silver = inAudit();
        silver.recordAudit(TODAY, findings(), Map.of("G1.1", new Judgement(true, "ok"), "G2.1", new Judgement(false, "no")),
                GOLD, REPORT, "auditor", TODAY, LATER);
        assertThat(silver.getRecommendation()).isEqualTo(Recommendation.NONE);
        silver.decide(true, "Agreed", "support", LATER);
        assertThat(silver.getStatus()).isEqualTo(AssessmentStatus.NOT_AWARDED);
        assertThatThrownBy(silver::awardedLevel).isInstanceOf(IllegalStateChangeException.class);
        assertThat(lastEvent(silver, LabelCommitteeDecided.class).notices()).singleElement()
                .satisfies(n -> {
                    assertThat(n.code()).isEqualTo("notice.decision.noLabel");
                    assertThat(n.role()).isEqualTo("cluster-manager");
                });
    }

    @Test
    void withoutAnApprovalStepTheRecommendationStandsOnlyWhileAwaitingApproval() {
        SilverAssessment silver = inAudit();
        assertThatThrownBy(() -> silver.standWithoutApproval(LATER)).as("no recommendation yet")
                .isInstanceOf(IllegalStateChangeException.class);
        silver.recordAudit(TODAY, findings(), Map.of("G1.1", new Judgement(true, "ok"), "G2.1", new Judgement(true, "ok")),
                GOLD, REPORT, "auditor", TODAY, LATER);

        silver.standWithoutApproval(LATER);

        assertThat(lastEvent(silver, RecommendationMade.class).notices()).as("asks support staff to decide")
                .extracting(n -> n.code()).contains("notice.recommendation.approve");
        assertThat(silver.getStatus()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(silver.awardedLevel()).isEqualTo(LabelLevel.SILVER);
        assertThat(silver.getDecisions()).last().extracting(Decision::kind, Decision::outcome, Decision::decidedBy)
                .containsExactly("NO_APPROVAL_STEP", "STOOD SILVER", "system");
        assertThat(lastEvent(silver, RecommendationStood.class).notices()).as("the award tells the cluster").isEmpty();
        assertThatThrownBy(() -> silver.standWithoutApproval(LATER)).isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void aNoLabelRecommendationThatStandsEndsWithoutALabelAndTellsTheCluster() {
        SilverAssessment silver = inAudit();
        silver.recordAudit(TODAY, findings(), Map.of("G1.1", new Judgement(true, "ok"), "G2.1", new Judgement(false, "no")),
                GOLD, REPORT, "auditor", TODAY, LATER, false);
        assertThat(lastEvent(silver, RecommendationMade.class).notices()).as("no approval step: nobody is asked to decide")
                .extracting(n -> n.code()).containsExactly("notice.recommendation.ready");

        silver.standWithoutApproval(LATER);

        assertThat(silver.getStatus()).isEqualTo(AssessmentStatus.NOT_AWARDED);
        assertThat(lastEvent(silver, RecommendationStood.class).notices()).singleElement()
                .satisfies(n -> assertThat(n.code()).isEqualTo("notice.decision.noLabel"));
    }

    @Test
    void aDecisionAtAMeetingKeepsTheMeetingAndNamesItInTheAudit() {
        SilverAssessment silver = inAudit();
        silver.recordAudit(TODAY, findings(), Map.of("G1.1", new Judgement(true, "ok"), "G2.1", new Judgement(true, "ok")),
                GOLD, REPORT, "auditor", TODAY, LATER);

        silver.decide(true, "Well done", new Meeting("Board 11", LocalDate.of(2026, 3, 19)), "support", LATER);

        assertThat(silver.getDecisions()).last().extracting(Decision::meetingName, Decision::meetingDate)
                .containsExactly("Board 11", LocalDate.of(2026, 3, 19));
        assertThat(lastEvent(silver, LabelCommitteeDecided.class).auditDetail())
                .extracting(v -> v.code() == null ? v.defaultText() : v.code())
                .containsExactly("trail.detail.recommended", "Well done", "trail.detail.meeting");
        assertThat(lastEvent(silver, LabelCommitteeDecided.class).auditDetail()).last()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("Board 11", LocalDate.of(2026, 3, 19)));
    }

    @Test
    void aSendBackReturnsToTheAuditAndNeedsAReason() {
        SilverAssessment silver = inAudit();
        assertThatThrownBy(() -> silver.decide(true, "too early", "support", LATER)).isInstanceOf(IllegalStateChangeException.class);
        silver.recordAudit(TODAY, findings(), Map.of("G1.1", new Judgement(true, "ok"), "G2.1", new Judgement(true, "ok")),
                GOLD, REPORT, "auditor", TODAY, LATER);
        assertThatThrownBy(() -> silver.decide(false, "", "support", LATER)).isInstanceOf(BusinessRuleException.class);
        silver.decide(false, "Look again", "support", LATER);
        assertThat(silver.getStatus()).isEqualTo(AssessmentStatus.AUDIT);
        assertThat(silver.getRecommendation()).isNull();
        assertThat(silver.getDecisions()).extracting(Decision::outcome).containsExactly("SILVER", "SENT_BACK");
        assertThat(lastEvent(silver, LabelCommitteeDecided.class).notices()).singleElement()
                .satisfies(n -> assertThat(n.username()).isEqualTo("auditor"));
    }

    @Test
    void anIncompleteAuditIsRefusedWithEveryReason() {
        SilverAssessment silver = inAudit();
        assertThatThrownBy(() -> silver.recordAudit(TODAY.plusDays(1), findings().subList(0, 2),
                Map.of("G1.1", new Judgement(true, "ok")), GOLD, REPORT, "auditor", TODAY, LATER))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons()).containsExactly(
                        "The audit date 2026-03-21 is in the future",
                        "Give a finding for each of the 3 improvement areas, not 2",
                        "Check of minimum requirement G2.1"));
        assertThat(silver.getStatus()).isEqualTo(AssessmentStatus.AUDIT);
        assertThat(eventNames(silver)).isEmpty();
    }

    @Test
    void threeAreasTiedToGoldIndicatorsBeforeTheSubmissionAndNoAnswers() {
        SilverAssessment silver = new SilverAssessment(7L, 1L, "manager-7", REQUESTED, false, null);
        assertThatThrownBy(() -> silver.replaceImprovementAreas(List.of(ImprovementArea.of("x", List.of("B1.1"), "c", "e")),
                GOLD_CODES, LATER)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("Improvement area 1: B1.1 is not a Gold indicator"));
        assertThatThrownBy(() -> silver.replaceImprovementAreas(areas(4), GOLD_CODES, LATER))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> saveAnswers(silver, Map.of("G1.1", "x"), Map.of(), "manager-7", LATER))
                .isInstanceOf(IllegalStateChangeException.class);
        silver.assignAuditor("auditor", TODAY, LATER);
        silver.replaceImprovementAreas(areas(2), GOLD_CODES, LATER);
        assertThatThrownBy(() -> silver.submit(LATER)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons()).containsExactly("1 more improvement area"));
        silver.replaceImprovementAreas(areas(3), GOLD_CODES, LATER);
        silver.submit(LATER);
        assertThat(String.join("", lastEvent(silver, SelfAssessmentSubmitted.class).auditDetail().stream().map(dk.ecei.shared.Violation::defaultText).toList())).isEqualTo("3 improvement areas");
        assertThatThrownBy(() -> silver.replaceImprovementAreas(areas(3), GOLD_CODES, LATER))
                .isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void aRenewalKeepsThePreviousAssessmentAndAFirstSilverNone() {
        SilverAssessment renewal = new SilverAssessment(7L, 1L, "manager-7", REQUESTED, true, 42L);
        assertThat(renewal.isRenewal()).isTrue();
        assertThat(renewal.getPreviousAssessmentId()).isEqualTo(42L);
        assertThat(new SilverAssessment(7L, 1L, "manager-7", REQUESTED, false, 42L).getPreviousAssessmentId()).isNull();
        renewal.startedAs("p", java.util.List.of(dk.ecei.shared.Violation.text("Silver renewal")));
        assertThat(lastEvent(renewal, AssessmentRequested.class).renewal()).isTrue();
    }
}
