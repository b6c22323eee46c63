package dk.ecei.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The peer statistics against figures computed by hand. Peers 2, 4, 4, 5, 7, 9, 10 (n = 7):
 * Q1 at position 0.25·6 = 1.5 → 4 + 0.5·(4 − 4) = 4; median at 3 → 5; Q3 at 4.5 → 7 + 0.5·(9 − 7) = 8.
 * Own value 6: 4 peers below, none equal → 4/7 = 57.1 %; own value 4: 1 below, 2 equal → (1 + 1)/7 = 28.6 %.
 */
class PeerStatisticsTests {

    private static List<BigDecimal> values(double... v) {
        return Stream.of(v).flatMapToDouble(java.util.Arrays::stream).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void quartilesMedianAndPercentileAsComputedByHand() {
        PeerStatistics s = PeerStatistics.of(values(10, 4, 2, 9, 5, 4, 7), BigDecimal.valueOf(6), 5).orElseThrow();
        assertThat(s.size()).isEqualTo(7);
        assertThat(s.min()).isEqualByComparingTo("2");
        assertThat(s.lowerQuartile()).isEqualByComparingTo("4");
        assertThat(s.median()).isEqualByComparingTo("5");
        assertThat(s.upperQuartile()).isEqualByComparingTo("8");
        assertThat(s.max()).isEqualByComparingTo("10");
        assertThat(s.percentile()).isEqualByComparingTo("57.1");
    }

    @Test
    void tiesCountHalfInThePercentile() {
        PeerStatistics s = PeerStatistics.of(values(10, 4, 2, 9, 5, 4, 7), BigDecimal.valueOf(4), 5).orElseThrow();
        assertThat(s.percentile()).isEqualByComparingTo("28.6");
    }

    /** Even n: 1, 2, 3, 4, 5, 6 → Q1 at 1.25 → 2.25; median at 2.5 → 3.5; Q3 at 3.75 → 4.75. */
    @Test
    void interpolatesBetweenValuesForAnEvenGroup() {
        PeerStatistics s = PeerStatistics.of(values(6, 5, 4, 3, 2, 1), BigDecimal.valueOf(100), 5).orElseThrow();
        assertThat(s.lowerQuartile()).isEqualByComparingTo("2.25");
        assertThat(s.median()).isEqualByComparingTo("3.5");
        assertThat(s.upperQuartile()).isEqualByComparingTo("4.75");
        assertThat(s.percentile()).isEqualByComparingTo("100");
    }

    @Test
    void aGroupOfExactlyTheMinimumIsShownAndOneFewerIsNot() {
        assertThat(PeerStatistics.of(values(1, 2, 3, 4, 5), null, 5)).isPresent();
        assertThat(PeerStatistics.of(values(1, 2, 3, 4), null, 5)).isEmpty();
        assertThat(PeerStatistics.of(values(1, 2, 3, 4, 5), null, 5).orElseThrow().percentile()).isNull();
    }

    @Test
    void theMinimumIsASetting() {
        assertThat(PeerStatistics.of(values(1, 2, 3), null, 3)).isPresent();
        assertThat(PeerStatistics.of(values(1, 2, 3), null, 4)).isEmpty();
    }
}
