package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.GoldPassBasis;
import dk.ecei.indicator.GoldPassRule;
import dk.ecei.indicator.ThresholdOperator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Gold pass rule as catalogue data at its 80 % edge: ECEI counts the indicators met, Baden-Wuerttemberg style
 * counts the points of the indicators met against the maximum points.
 */
class GoldPassRuleScoreTests {

    private static final BigDecimal EIGHTY = new BigDecimal("0.80");
    private static final GoldPassRule ECEI = new GoldPassRule(GoldPassBasis.INDICATORS_MET, EIGHTY);
    private static final GoldPassRule POINTS = new GoldPassRule(GoldPassBasis.POINTS, EIGHTY);

    /** Indicators G1..Gn worth the given points; the first is a minimum requirement. */
    private static List<IndicatorView> worth(int... points) {
        List<IndicatorView> list = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            list.add(new IndicatorView((long) i + 1, "G" + (i + 1), "G", "G", null, null, AnswerKind.YES_NO, null,
                    ThresholdOperator.YES, null, i == 0, i + 1, points[i]));
        }
        return list;
    }

    private static List<IndicatorView> onePointEach(int total) {
        return worth(java.util.stream.IntStream.range(0, total).map(i -> 1).toArray());
    }

    /** The listed indicators (1-based) met, the others not. */
    private static Map<String, Boolean> met(int total, int... which) {
        Map<String, Boolean> scores = new HashMap<>();
        for (int i = 1; i <= total; i++) {
            scores.put("G" + i, false);
        }
        for (int i : which) {
            scores.put("G" + i, true);
        }
        return scores;
    }

    private static int[] first(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).toArray();
    }

    @Test
    void eceiPassesAtExactlyEightyPercentOfTheIndicatorsMetAndNotOneBelow() {
        assertThat(ExcellenceScore.gold(onePointEach(10), met(10, first(8)), ECEI).recommendation()).isEqualTo(Recommendation.GOLD);
        assertThat(ExcellenceScore.gold(onePointEach(10), met(10, first(7)), ECEI).recommendation()).isEqualTo(Recommendation.SILVER);
        // The 31 ECEI indicators: 25 met is 80.6 %, 24 met is 77.4 %.
        assertThat(ExcellenceScore.gold(onePointEach(31), met(31, first(25)), ECEI).recommendation()).isEqualTo(Recommendation.GOLD);
        assertThat(ExcellenceScore.gold(onePointEach(31), met(31, first(24)), ECEI).recommendation()).isEqualTo(Recommendation.SILVER);
    }

    @Test
    void pointsPassAtExactlyEightyPercentOfTheMaximumPointsAndNotOneBelow() {
        // Baden-Wuerttemberg's 34 indicators at one point each: 80 % of 34 is 27.2, so 28 pass and 27 do not.
        assertThat(POINTS.apply(onePointEach(34), met(34, first(28))).passed()).isTrue();
        assertThat(POINTS.apply(onePointEach(34), met(34, first(27))).passed()).isFalse();
        // Worth 4, 3, 1, 1, 1 (10 points): 4 + 3 + 1 is exactly 8 points = 80 %, though only 3 of 5 indicators.
        List<IndicatorView> weighted = worth(4, 3, 1, 1, 1);
        ExcellenceScore exactly = ExcellenceScore.gold(weighted, met(5, 1, 2, 3), POINTS);
        assertThat(exactly.recommendation()).isEqualTo(Recommendation.GOLD);
        assertThat(exactly.reasons().get(0).defaultText()).startsWith("8 of 10 points (80 %)");
        // 4 + 3 is 7 points = 70 %: not Gold.
        assertThat(ExcellenceScore.gold(weighted, met(5, 1, 2), POINTS).recommendation()).isEqualTo(Recommendation.SILVER);
    }

    @Test
    void theSameScoresPassUnderOneRuleAndFailUnderTheOther() {
        List<IndicatorView> weighted = worth(4, 3, 1, 1, 1);
        // G1, G3, G4, G5 met: 4 of 5 indicators (80 %) but 7 of 10 points (70 %).
        Map<String, Boolean> scores = met(5, 1, 3, 4, 5);
        assertThat(ExcellenceScore.gold(weighted, scores, ECEI).recommendation()).isEqualTo(Recommendation.GOLD);
        assertThat(ExcellenceScore.gold(weighted, scores, POINTS).recommendation()).isEqualTo(Recommendation.SILVER);
        GoldPassRule.Result points = POINTS.apply(weighted, scores);
        assertThat(points.reached()).isEqualTo(7);
        assertThat(points.maximum()).isEqualTo(10);
        assertThat(points.share()).isEqualByComparingTo("0.7");
    }

    @Test
    void aMissedMinimumRequirementIsNoLabelUnderEitherRule() {
        List<IndicatorView> weighted = worth(1, 3, 3, 3);
        Map<String, Boolean> allButTheMinimum = met(4, 2, 3, 4);
        assertThat(POINTS.apply(weighted, allButTheMinimum).passed()).isTrue();
        assertThat(ExcellenceScore.gold(weighted, allButTheMinimum, POINTS).recommendation()).isEqualTo(Recommendation.NONE);
        assertThat(ExcellenceScore.gold(weighted, allButTheMinimum, ECEI).recommendation()).isEqualTo(Recommendation.NONE);
    }

    @Test
    void theGapAnalysisLikelyLevelFollowsThePointsRule() {
        List<IndicatorView> weighted = worth(4, 3, 1, 1, 1);
        Map<String, String> answers = Map.of("G1", "YES", "G2", "NO", "G3", "YES", "G4", "YES", "G5", "YES");
        assertThat(GapAnalysis.of(weighted, answers, ECEI).likelyLevel()).isEqualTo(Recommendation.GOLD);
        assertThat(GapAnalysis.of(weighted, answers, POINTS).likelyLevel()).isEqualTo(Recommendation.SILVER);
    }
}
