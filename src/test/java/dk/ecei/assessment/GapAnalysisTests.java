package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.ThresholdOperator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapAnalysisTests {

    private static IndicatorView indicator(String code, ThresholdOperator operator, String threshold, boolean minimum) {
        return new IndicatorView(1L, code, code, code, null, null,
                operator == ThresholdOperator.YES ? AnswerKind.YES_NO : operator == ThresholdOperator.ASSESSED ? AnswerKind.TEXT
                        : AnswerKind.NUMBER, null, operator, threshold == null ? null : new BigDecimal(threshold), minimum, 1);
    }

    private static final List<IndicatorView> INDICATORS = List.of(
            indicator("A", ThresholdOperator.AT_LEAST, "15", true),
            indicator("B", ThresholdOperator.AT_MOST, "20", false),
            indicator("C", ThresholdOperator.YES, null, false),
            indicator("D", ThresholdOperator.ASSESSED, null, false),
            indicator("E", ThresholdOperator.AT_LEAST, "0.5", false));

    @Test
    void thresholdsAreMetAtTheirEdges() {
        assertThat(GapAnalysis.status(INDICATORS.get(0), "15")).isEqualTo(GapAnalysis.Status.MET);
        assertThat(GapAnalysis.status(INDICATORS.get(0), "14.99")).isEqualTo(GapAnalysis.Status.SHORT);
        assertThat(GapAnalysis.status(INDICATORS.get(1), "20")).isEqualTo(GapAnalysis.Status.MET);
        assertThat(GapAnalysis.status(INDICATORS.get(1), "20.1")).isEqualTo(GapAnalysis.Status.SHORT);
        assertThat(GapAnalysis.status(INDICATORS.get(2), "YES")).isEqualTo(GapAnalysis.Status.MET);
        assertThat(GapAnalysis.status(INDICATORS.get(2), "NO")).isEqualTo(GapAnalysis.Status.SHORT);
        assertThat(GapAnalysis.status(INDICATORS.get(3), "a text")).isEqualTo(GapAnalysis.Status.TO_BE_ASSESSED);
        assertThat(GapAnalysis.status(INDICATORS.get(4), null)).isEqualTo(GapAnalysis.Status.UNANSWERED);
    }

    @Test
    void theLikelyScoreCountsOnlyWhatTheAnswersShowAndTheBestCaseAddsWhatTheExpertsJudge() {
        GapAnalysis gap = GapAnalysis.of(INDICATORS, Map.of("A", "20", "B", "30", "C", "YES", "D", "x"), new BigDecimal("0.8"));

        assertThat(gap.met()).isEqualTo(2);
        assertThat(gap.shortOf()).isEqualTo(1);
        assertThat(gap.unanswered()).isEqualTo(1);
        assertThat(gap.toBeAssessed()).isEqualTo(1);
        assertThat(gap.likelyShare()).isEqualByComparingTo("0.4");
        assertThat(gap.bestCaseShare()).isEqualByComparingTo("0.6");
        assertThat(gap.likelyLevel()).isEqualTo(Recommendation.SILVER);
        assertThat(gap.shortMinimumRequirements()).isEmpty();
    }

    @Test
    void aMinimumRequirementShortOfItsThresholdShowsThatNoLabelIsLikely() {
        GapAnalysis gap = GapAnalysis.of(INDICATORS, Map.of("A", "10", "B", "1", "C", "YES", "E", "1"), new BigDecimal("0.8"));

        assertThat(gap.shortMinimumRequirements()).containsExactly("A");
        assertThat(gap.likelyLevel()).isEqualTo(Recommendation.NONE);
    }
}
