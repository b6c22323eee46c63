package dk.ecei.assessment;

import static dk.ecei.assessment.AggregateFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Gold assessment's own moves, legal and illegal, and the events each registers. */
class GoldAssessmentTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final List<IndicatorView> GOLD = List.of(indicator(1, "G1.1", true), indicator(2, "G1.2", false));
    private static final Set<String> CODES = Set.of("G1.1", "G1.2");

    private static GoldAssessment inAudit() {
        GoldAssessment gold = new GoldAssessment(7L, 1L, "manager-7", REQUESTED, null, false);
        gold.startedAs("process-1", java.util.List.of(dk.ecei.shared.Violation.text("Gold assessment for cluster 7")));
        saveAnswers(gold, answers("G1.1", "G1.2"), questionnaire("G1.1", "G1.2"), "manager-7", REQUESTED);
        gold.proceedAfterGapAnalysis("likely 100 %", "manager-7", REQUESTED);
        gold.assignExperts("first", "second", TODAY.minusDays(1), 2, REQUESTED);
        gold.submit(CODES, Set.of(2024, 2025), TODAY, REQUESTED);
        gold.clearDomainEvents();
        return gold;
    }

    private static Map<String, Judgement> scores(boolean g11, boolean g12) {
        return Map.of("G1.1", new Judgement(g11, "note"), "G1.2", new Judgement(g12, "note"));
    }

    private static ExcellenceScore score(GoldAssessment gold) {
        return ExcellenceScore.gold(GOLD, gold.finalMet(), new BigDecimal("0.80"));
    }

    @Test
    void fromTheGapAnalysisToTheExpertsAndTheAudit() {
        GoldAssessment gold = new GoldAssessment(7L, 1L, "manager-7", REQUESTED, null, false);
        assertThat(gold.getStatus()).isEqualTo(AssessmentStatus.PRE_CHECK);
        assertThatThrownBy(() -> gold.assignExperts("first", "second", TODAY, 2, LATER))
                .isInstanceOf(IllegalStateChangeException.class);
        gold.proceedAfterGapAnalysis("likely 50 %", "manager-7", LATER);
        assertThat(gold.getStatus()).isEqualTo(AssessmentStatus.REQUESTED);
        assertThatThrownBy(() -> gold.proceedAfterGapAnalysis("again", "manager-7", LATER))
                .isInstanceOf(IllegalStateChangeException.class);
        gold.assignExperts("first", "second", TODAY, 2, LATER);
        assertThat(gold.experts()).containsExactly("first", "second");
        assertThat(gold.isExpert("second")).isTrue();
        ExpertAssigned assigned = lastEvent(gold, ExpertAssigned.class);
        assertThat(assigned.action()).isEqualTo("EXPERTS_ASSIGNED");
        assertThat(String.join("", assigned.auditDetail().stream().map(dk.ecei.shared.Violation::defaultText).toList())).isEqualTo("first and second, 2-day audit planned from 2026-03-20");
        assertThat(assigned.auditDetail().get(0).arguments()).startsWith(dk.ecei.shared.Violation.person("first"), dk.ecei.shared.Violation.person("second"));
        assertThat(assigned.notices()).extracting(n -> n.username()).containsExactly("first", "second", null);
        assertThat(assigned.notices().get(2).role()).isEqualTo("cluster-manager");
        assertThat(eventNames(gold)).containsExactly("GapAnalysisAccepted", "ExpertAssigned");
    }

    @Test
    void aRenewalStartsFromThePreviousAnswersOfTheSameCatalogue() {
        GoldAssessment previous = inAudit();
        GoldAssessment renewal = new GoldAssessment(7L, 1L, "manager-7", LATER, previous, true);
        assertThat(renewal.getAnswers()).containsOnlyKeys("G1.1", "G1.2");
        assertThat(renewal.isRenewal()).isTrue();
        assertThat(new GoldAssessment(7L, 2L, "manager-7", LATER, previous, false).getAnswers()).isEmpty();
    }

    @Test
    void twoAgreeingExpertsLeadStraightToTheRecommendation() {
        GoldAssessment gold = inAudit();
        gold.recordScores("first", TODAY.minusDays(1), TODAY, scores(true, true), CODES, TODAY, LATER);
        assertThat(gold.bothScored()).isFalse();
        assertThat(gold.hasScored("first")).isTrue();
        gold.recordScores("second", TODAY.minusDays(1), TODAY, scores(true, true), CODES, TODAY, LATER);
        assertThat(gold.scoresAgree()).isTrue();
        assertThat(gold.getStatus()).isEqualTo(AssessmentStatus.AUDIT);
        gold.recommend(score(gold), "second", LATER);
        assertThat(gold.getStatus()).isEqualTo(AssessmentStatus.AWAITING_APPROVAL);
        assertThat(gold.getRecommendation()).isEqualTo(Recommendation.GOLD);
        assertThat(eventNames(gold)).containsExactly("IndicatorsScored", "IndicatorsScored", "RecommendationMade");
        gold.decide(true, "Approved", "support", LATER);
        assertThat(gold.awardedLevel()).isEqualTo(LabelLevel.GOLD);
    }

    @Test
    void differingScoresWaitForTheAgreedFinalScore() {
        GoldAssessment gold = inAudit();
        gold.recordScores("first", TODAY.minusDays(1), TODAY, scores(true, true), CODES, TODAY, LATER);
        gold.recordScores("second", TODAY.minusDays(1), TODAY, scores(true, false), CODES, TODAY, LATER);
        assertThat(gold.getStatus()).isEqualTo(AssessmentStatus.AGREEING_SCORES);
        assertThat(lastEvent(gold, ScoresDiffered.class).indicatorCodes()).containsExactly("G1.2");
        assertThatThrownBy(() -> gold.agreeFinalScores(Map.of(), CODES, "first", LATER))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("Agree a final score for G1.2, which the experts scored differently"));
        gold.agreeFinalScores(Map.of("G1.2", new Judgement(false, "agreed")), CODES, "first", LATER);
        gold.recommend(score(gold), "first", LATER);
        assertThat(gold.getRecommendation()).isEqualTo(Recommendation.SILVER);
        gold.decide(false, "Check G1.2 again", "support", LATER);
        assertThat(gold.getStatus()).isEqualTo(AssessmentStatus.AGREEING_SCORES);
    }

    @Test
    void scoresAreRefusedFromOutsidersOutsideTheAuditAndForWrongDates() {
        GoldAssessment gold = inAudit();
        assertThatThrownBy(() -> gold.recordScores("stranger", TODAY.minusDays(1), TODAY, scores(true, true), CODES, TODAY, LATER))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> gold.recordScores("first", TODAY, TODAY, scores(true, true), CODES, TODAY, LATER))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("This audit takes 2 days, not 2026-03-20 to 2026-03-20"));
        gold.recordScores("first", TODAY.minusDays(1), TODAY, scores(true, true), CODES, TODAY, LATER);
        assertThatThrownBy(() -> gold.recordScores("second", TODAY.minusDays(2), TODAY.minusDays(1), scores(true, true),
                CODES, TODAY, LATER)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("The other expert recorded the audit from 2026-03-19 to 2026-03-20"));
        GoldAssessment early = new GoldAssessment(7L, 1L, "manager-7", REQUESTED, null, false);
        assertThatThrownBy(() -> early.recordScores("first", TODAY.minusDays(1), TODAY, scores(true, true), CODES, TODAY, LATER))
                .isInstanceOf(IllegalStateChangeException.class);
        assertThatThrownBy(() -> early.agreeFinalScores(Map.of(), CODES, "first", LATER))
                .isInstanceOf(IllegalStateChangeException.class);
    }
}
