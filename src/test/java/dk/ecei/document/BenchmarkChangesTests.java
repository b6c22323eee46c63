package dk.ecei.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.document.BenchmarkChanges.IndicatorChange;
import dk.ecei.document.BenchmarkReport.Change;
import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read model's changes between two benchmarks on a small fixed set, and the Gold indicators they suggest. */
class BenchmarkChangesTests {

    private static IndicatorView indicator(String code, AnswerKind kind, String nameEn) {
        return new IndicatorView(1L, code, "da " + nameEn, nameEn, null, null, kind, null, null, null, false, 1);
    }

    private static final List<IndicatorView> BRONZE = List.of(
            indicator("B1.1", AnswerKind.NUMBER, "Number of committed cluster participants"),
            indicator("B1.2", AnswerKind.TEXT, "Composition of participants"),
            indicator("B1.3", AnswerKind.PERCENT, "Share of SMEs among participating companies"),
            indicator("B2.1", AnswerKind.NUMBER, "Cluster management staff (FTE)"),
            indicator("B4.6", AnswerKind.YES_NO, "Participant satisfaction survey"),
            indicator("B6.1", AnswerKind.NUMBER, "Documented success stories"),
            indicator("B6.2", AnswerKind.NUMBER, "Media coverage"));

    @Test
    void everyIndicatorMovesAsComputedByHand() {
        Map<String, String> before = Map.of("B1.1", "30", "B1.2", "Firmaer og en skole", "B1.3", "40", "B2.1", "2.5",
                "B4.6", "NO", "B6.1", "3");
        Map<String, String> now = Map.of("B1.1", "36", "B1.2", "Firmaer, to skoler og kommunen", "B1.3", "55.0",
                "B2.1", "2", "B4.6", "YES", "B6.1", "3.0", "B6.2", "12");

        List<IndicatorChange> changes = BenchmarkChanges.between(before, now, BRONZE);

        assertThat(changes).extracting(c -> c.indicator().code() + " " + c.change() + " " + c.before() + " " + c.now())
                .containsExactly(
                        "B1.1 IMPROVED 30 36",
                        "B1.2 CHANGED null null",       // a text is compared, not kept
                        "B1.3 IMPROVED 40 55.0",
                        "B2.1 DECLINED 2.5 2",
                        "B4.6 IMPROVED NO YES",
                        "B6.1 UNCHANGED 3 3.0",
                        "B6.2 NOT_COMPARABLE null 12"); // no earlier answer
        assertThat(changes).filteredOn(c -> c.change() == Change.IMPROVED).hasSize(3);
    }

    @Test
    void theGoldIndicatorsOfTheSameNameAreSuggested() {
        List<IndicatorView> improved = List.of(BRONZE.get(0), BRONZE.get(2), BRONZE.get(4));
        List<IndicatorView> gold = List.of(
                indicator("G1.1", AnswerKind.NUMBER, "Number of committed participants"),
                indicator("G1.4", AnswerKind.PERCENT, "share of SMEs among participating companies "),
                indicator("G2.1", AnswerKind.NUMBER, "Cluster management staff (FTE)"),
                indicator("G4.6", AnswerKind.NUMBER, "Participant satisfaction survey"));

        assertThat(BenchmarkChanges.sameMeasure(improved, gold)).containsExactly("G1.4", "G4.6");
        assertThat(BenchmarkChanges.sameMeasure(List.of(), gold)).isEmpty();
    }
}
