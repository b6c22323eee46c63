package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.ThresholdOperator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExcellenceScoreTests {

    private static final BigDecimal PASS = new BigDecimal("0.8000");

    /** {@code total} indicators G1..Gn; the first {@code minimum} are minimum requirements. */
    static List<IndicatorView> indicators(int total, int minimum) {
        List<IndicatorView> list = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            list.add(new IndicatorView((long) i, "G" + i, "G" + i, "G" + i, null, null, AnswerKind.YES_NO, null,
                    ThresholdOperator.YES, null, i <= minimum, i));
        }
        return list;
    }

    /** The first {@code met} indicators met, the rest not. */
    static Map<String, Boolean> met(int total, int met) {
        Map<String, Boolean> scores = new HashMap<>();
        for (int i = 1; i <= total; i++) {
            scores.put("G" + i, i <= met);
        }
        return scores;
    }

    @Test
    void eightyPercentWithEveryMinimumRequirementIsGold() {
        ExcellenceScore score = ExcellenceScore.gold(indicators(100, 7), met(100, 80), PASS);

        assertThat(score.recommendation()).isEqualTo(Recommendation.GOLD);
        assertThat(score.share()).isEqualByComparingTo("0.80");
        assertThat(score.missedMinimumRequirements()).isEmpty();
        assertThat(score.reasons().get(0).defaultText()).isEqualTo("80 of 100 indicators met (80 %); Gold needs 80 %");
        assertThat(score.reasons().get(0).code()).isEqualTo("rule.score.indicators");
        assertThat(score.reasons().get(0).arguments()).containsExactly(80, 100, new java.math.BigDecimal("80"), new java.math.BigDecimal("80"));
    }

    @Test
    void seventyNinePercentWithEveryMinimumRequirementIsSilver() {
        ExcellenceScore score = ExcellenceScore.gold(indicators(100, 7), met(100, 79), PASS);

        assertThat(score.recommendation()).isEqualTo(Recommendation.SILVER);
        assertThat(score.share()).isEqualByComparingTo("0.79");
    }

    @Test
    void withThirtyOneIndicatorsTwentyFiveMeetTheShareAndTwentyFourDoNot() {
        assertThat(ExcellenceScore.gold(indicators(31, 7), met(31, 25), PASS).recommendation()).isEqualTo(Recommendation.GOLD);
        ExcellenceScore short24 = ExcellenceScore.gold(indicators(31, 7), met(31, 24), PASS);
        assertThat(short24.recommendation()).isEqualTo(Recommendation.SILVER);
        assertThat(short24.share()).isEqualByComparingTo("0.7741");
    }

    @Test
    void aMissedMinimumRequirementAtOneHundredPercentOfTheRestMeansNoLabel() {
        Map<String, Boolean> scores = met(31, 31);
        scores.put("G3", false);

        ExcellenceScore score = ExcellenceScore.gold(indicators(31, 7), scores, PASS);

        assertThat(score.recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(score.missedMinimumRequirements()).containsExactly("G3");
        assertThat(score.reasons()).contains(dk.ecei.shared.Violation.of("rule.score.minimumMissed", "Minimum requirement G3 is not met", "G3"));
    }

    @Test
    void everyIndicatorMetIsGoldAtOneHundredPercent() {
        ExcellenceScore score = ExcellenceScore.gold(indicators(31, 7), met(31, 31), PASS);

        assertThat(score.recommendation()).isEqualTo(Recommendation.GOLD);
        assertThat(score.share()).isEqualByComparingTo("1");
    }

    @Test
    void anUnscoredIndicatorCountsAsNotMet() {
        Map<String, Boolean> scores = met(10, 10);
        scores.remove("G10");
        scores.remove("G9");
        scores.remove("G8");

        assertThat(ExcellenceScore.gold(indicators(10, 1), scores, PASS).recommendation()).isEqualTo(Recommendation.SILVER);
    }

    @Test
    void silverLooksOnlyAtTheMinimumRequirements() {
        assertThat(ExcellenceScore.silver(indicators(31, 7), met(31, 7)).recommendation()).isEqualTo(Recommendation.SILVER);
        ExcellenceScore failed = ExcellenceScore.silver(indicators(31, 7), met(31, 6));
        assertThat(failed.recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(failed.missedMinimumRequirements()).containsExactly("G7");
        assertThat(failed.reasons()).extracting(dk.ecei.shared.Violation::defaultText)
                .containsExactly("6 of 7 minimum requirements met", "Minimum requirement G7 is not met");
        assertThat(failed.reasons()).extracting(dk.ecei.shared.Violation::code)
                .containsExactly("rule.score.minimum", "rule.score.minimumMissed");
    }

    @Test
    void aPassShareFromAnotherCatalogueVersionIsUsed() {
        assertThat(ExcellenceScore.gold(indicators(10, 0), met(10, 8), new BigDecimal("0.85")).recommendation())
                .isEqualTo(Recommendation.SILVER);
        assertThat(ExcellenceScore.gold(indicators(20, 0), met(20, 17), new BigDecimal("0.85")).recommendation())
                .isEqualTo(Recommendation.GOLD);
    }
}
