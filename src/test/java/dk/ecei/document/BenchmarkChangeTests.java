package dk.ecei.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.document.BenchmarkReport.Change;
import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The change of an answer since the cluster's previous benchmark. */
class BenchmarkChangeTests {

    private static IndicatorView indicator(AnswerKind kind) {
        return new IndicatorView(1L, "B1.1", "n", "n", null, null, kind, null, null, null, false, 1);
    }

    private static Change change(AnswerKind kind, String now, String before) {
        return BenchmarkReports.change(indicator(kind), now, before,
                now != null && now.matches("\\d+(\\.\\d+)?") ? new BigDecimal(now) : null,
                before != null && before.matches("\\d+(\\.\\d+)?") ? new BigDecimal(before) : null);
    }

    @Test
    void numbersMoveUpDownOrStay() {
        assertThat(change(AnswerKind.NUMBER, "35", "30")).isEqualTo(Change.IMPROVED);
        assertThat(change(AnswerKind.PERCENT, "29.5", "30")).isEqualTo(Change.DECLINED);
        assertThat(change(AnswerKind.NUMBER, "30.0", "30")).isEqualTo(Change.UNCHANGED);
    }

    @Test
    void yesNoAndTextAndMissing() {
        assertThat(change(AnswerKind.YES_NO, "YES", "NO")).isEqualTo(Change.IMPROVED);
        assertThat(change(AnswerKind.YES_NO, "NO", "YES")).isEqualTo(Change.DECLINED);
        assertThat(change(AnswerKind.TEXT, "Ny strategi", "Gammel strategi")).isEqualTo(Change.CHANGED);
        assertThat(change(AnswerKind.TEXT, "Samme", "Samme ")).isEqualTo(Change.UNCHANGED);
        assertThat(change(AnswerKind.NUMBER, "35", null)).isEqualTo(Change.NOT_COMPARABLE);
    }
}
