package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.assessment.ScoreComparison.Change;
import dk.ecei.assessment.ScoreComparison.IndicatorComparison;
import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.ThresholdOperator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreComparisonTests {

    private static IndicatorView indicator(String code) {
        return new IndicatorView(1L, code, code + " da", code + " en", null, null, AnswerKind.YES_NO, null,
                ThresholdOperator.YES, null, false, 1);
    }

    @Test
    void eachIndicatorComparesThePreviousFinalScoreWithTheCurrentOne() {
        ScoreComparison comparison = ScoreComparison.of(2L, 1L,
                List.of(indicator("A"), indicator("B"), indicator("C"), indicator("D"), indicator("E")),
                Map.of("A", false, "B", true, "C", true, "D", true, "OLD", true),
                Map.of("A", true, "B", false, "C", true, "E", true));

        assertThat(comparison.indicators()).extracting(IndicatorComparison::code, IndicatorComparison::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", Change.IMPROVED),
                        org.assertj.core.groups.Tuple.tuple("B", Change.DECLINED),
                        org.assertj.core.groups.Tuple.tuple("C", Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("D", Change.NOT_COMPARABLE),
                        org.assertj.core.groups.Tuple.tuple("E", Change.NOT_COMPARABLE),
                        org.assertj.core.groups.Tuple.tuple("OLD", Change.NOT_COMPARABLE));
        assertThat(comparison.indicators().get(3).currentMet()).isNull();
        assertThat(comparison.indicators().get(5).nameEn()).isNull();
        assertThat(comparison.previousMet()).isEqualTo(4);
        assertThat(comparison.currentMet()).isEqualTo(3);
    }

    @Test
    void withoutAPreviousAssessmentNothingIsComparable() {
        ScoreComparison comparison = ScoreComparison.of(2L, null, List.of(indicator("A")), Map.of(), Map.of("A", true));
        assertThat(comparison.previousAssessmentId()).isNull();
        assertThat(comparison.indicators()).extracting(IndicatorComparison::change).containsExactly(Change.NOT_COMPARABLE);
    }
}
