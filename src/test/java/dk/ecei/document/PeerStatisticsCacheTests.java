package dk.ecei.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.ecei.assessment.BenchmarkResults;
import dk.ecei.assessment.BenchmarkResults.BenchmarkResult;
import dk.ecei.assessment.ReportWritten;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterType;
import dk.ecei.cluster.ClusterView;
import dk.ecei.cluster.Region;
import dk.ecei.label.LabelRegister;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The peer statistics kept with the peer figures: the same report's statistics are computed once, and a newly
 * written benchmark drops them. Six clusters answer B1.1 with 10, 20 ... 60; cluster 1's peers are 20 ... 60.
 */
class PeerStatisticsCacheTests {

    private final BenchmarkResults results = mock(BenchmarkResults.class);
    private final ClusterService clusters = mock(ClusterService.class);
    private final LabelRegister labels = mock(LabelRegister.class);
    private final List<BenchmarkResult> latest = new ArrayList<>();

    private PeerFigures figures(boolean cache) {
        for (long id = 1; id <= 6; id++) {
            latest.add(result(id, id * 10));
        }
        when(results.latestPerCluster()).thenAnswer(i -> List.copyOf(latest));
        when(clusters.byIds(anyCollection())).thenAnswer(i -> ((java.util.Collection<?>) i.getArgument(0)).stream()
                .map(id -> (Long) id).collect(Collectors.toMap(id -> id, PeerStatisticsCacheTests::cluster)));
        when(labels.search(any(), any(), any(), any(LocalDate.class))).thenReturn(List.of());
        DocumentSettings settings = new DocumentSettings(5, Duration.ofMinutes(10), "ESCA", "http://localhost", false,
                cache, true);
        return new PeerFigures(results, clusters, labels, settings, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"),
                ZoneOffset.UTC));
    }

    private static BenchmarkResult result(long clusterId, long b11) {
        return new BenchmarkResult(100 + clusterId, clusterId, Instant.EPOCH, 1L, Map.of("B1.1", String.valueOf(b11)));
    }

    private static ClusterView cluster(Long id) {
        return new ClusterView(id, "Klynge " + id, null, ClusterType.REGIONAL_CLUSTER, Region.SJAELLAND,
                Set.of(ClusterField.ENERGY), BigDecimal.ONE, null, null, 0, Instant.EPOCH, false, true);
    }

    @Test
    void aReportsStatisticsAreComputedOnceAndDroppedByANewBenchmark() {
        PeerFigures peers = figures(true);
        PeerFigures.Member one = peers.member(cluster(1L));

        Map<PeerGroup, PeerStatistics> first = peers.compare(one, "REF-2026.1", "B1.1", BigDecimal.TEN);
        PeerStatistics country = first.get(PeerGroup.COUNTRY);
        // Peers 20, 30, 40, 50, 60 by hand: quartiles 30 / 40 / 50, none below 10 = 0th percentile.
        assertThat(List.of(country.size(), country.lowerQuartile().intValue(), country.median().intValue(),
                country.upperQuartile().intValue(), country.percentile().intValue())).containsExactly(5, 30, 40, 50, 0);
        assertThat(peers.compare(one, "REF-2026.1", "B1.1", BigDecimal.TEN)).isSameAs(first);
        assertThat(peers.compare(one, "REF-2027.1", "B1.1", BigDecimal.TEN)).isNotSameAs(first).isEqualTo(first);

        latest.add(result(7, 70));
        assertThat(peers.compare(one, "REF-2026.1", "B1.1", BigDecimal.TEN)).isSameAs(first);
        peers.on(new ReportWritten(107L, 7L, LocalDate.of(2026, 12, 1)));

        PeerStatistics now = peers.compare(one, "REF-2026.1", "B1.1", BigDecimal.TEN).get(PeerGroup.COUNTRY);
        // Peers 20 ... 70: median 45, quartiles 32.5 and 57.5.
        assertThat(now.size()).isEqualTo(6);
        assertThat(now.median()).isEqualByComparingTo("45");
        assertThat(now.lowerQuartile()).isEqualByComparingTo("32.5");
        assertThat(now.upperQuartile()).isEqualByComparingTo("57.5");
    }

    @Test
    void switchedOffEveryReportComputesItsStatisticsAgain() {
        PeerFigures peers = figures(false);
        PeerFigures.Member one = peers.member(cluster(1L));
        Map<PeerGroup, PeerStatistics> first = peers.compare(one, "REF-2026.1", "B1.1", BigDecimal.TEN);
        assertThat(peers.compare(one, "REF-2026.1", "B1.1", BigDecimal.TEN)).isNotSameAs(first).isEqualTo(first);
    }
}
