package dk.ecei.document;

import dk.ecei.assessment.BenchmarkResults;
import dk.ecei.assessment.BenchmarkResults.BenchmarkResult;
import dk.ecei.assessment.ReportWritten;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterView;
import dk.ecei.cluster.Region;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every benchmarked cluster's latest figures with what places it in a peer group (fields, region, Gold today), read
 * in three queries and kept for a while: a report page then costs no query per peer. A newly written benchmark report
 * drops the kept figures, so the next report compares with it.
 */
@Component
class PeerFigures {

    /** A benchmarked cluster as a peer: what groups it belongs to and its numeric answers by indicator code. */
    record Member(Long clusterId, Set<ClusterField> fields, Region region, boolean gold, Map<String, BigDecimal> values) {

        boolean in(PeerGroup group, Member of) {
            return switch (group) {
                case FIELD -> fields.stream().anyMatch(of.fields::contains);
                case REGION -> region != null && region == of.region;
                case COUNTRY -> true;
                case GOLD -> gold;
            };
        }
    }

    record Snapshot(Map<Long, Member> members, Instant readAt) {
    }

    private final BenchmarkResults results;
    private final ClusterService clusters;
    private final LabelRegister labels;
    private final DocumentSettings settings;
    private final Clock clock;
    private volatile Snapshot snapshot;

    PeerFigures(BenchmarkResults results, ClusterService clusters, LabelRegister labels, DocumentSettings settings,
            Clock clock) {
        this.results = results;
        this.clusters = clusters;
        this.labels = labels;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The statistics of each peer group of {@code cluster} for one indicator, without the cluster itself; a group
     * smaller than the minimum is left out.
     */
    Map<PeerGroup, PeerStatistics> compare(Member cluster, String indicatorCode, BigDecimal own) {
        Map<PeerGroup, PeerStatistics> shown = new EnumMap<>(PeerGroup.class);
        for (PeerGroup group : PeerGroup.values()) {
            List<BigDecimal> values = current().members().values().stream()
                    .filter(m -> !m.clusterId().equals(cluster.clusterId()) && m.in(group, cluster))
                    .map(m -> m.values().get(indicatorCode)).filter(v -> v != null).toList();
            PeerStatistics.of(values, own, settings.minimumPeerGroupSize()).ifPresent(s -> shown.put(group, s));
        }
        return shown;
    }

    /** The cluster as a peer: its groups from the registers, whether or not it is benchmarked itself. */
    Member member(ClusterView cluster) {
        Member known = current().members().get(cluster.id());
        return known != null ? known : new Member(cluster.id(), cluster.fields(), cluster.region(),
                goldToday().contains(cluster.id()), Map.of());
    }

    /** After the commit, so the figures read next include the new benchmark. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportWritten written) {
        snapshot = null;
    }

    Snapshot current() {
        Snapshot kept = snapshot;
        Instant now = clock.instant();
        if (kept == null || kept.readAt().plus(settings.peerFiguresMaxAge()).isBefore(now)) {
            kept = read(now);
            snapshot = kept;
        }
        return kept;
    }

    private Snapshot read(Instant now) {
        List<BenchmarkResult> latest = results.latestPerCluster();
        Map<Long, ClusterView> byId = clusters.byIds(latest.stream().map(BenchmarkResult::clusterId).collect(Collectors.toSet()));
        Set<Long> gold = goldToday();
        Map<Long, Member> members = new HashMap<>();
        for (BenchmarkResult result : latest) {
            ClusterView c = byId.get(result.clusterId());
            if (c != null) {
                members.put(c.id(), new Member(c.id(), c.fields(), c.region(), gold.contains(c.id()), numbers(result.answers())));
            }
        }
        return new Snapshot(Map.copyOf(members), now);
    }

    private Set<Long> goldToday() {
        return labels.search(LabelLevel.GOLD, null, null, LocalDate.now(clock)).stream().map(LabelView::clusterId)
                .collect(Collectors.toSet());
    }

    /** The answers that are numbers (counts, shares, amounts); text and yes/no answers are not compared. */
    static Map<String, BigDecimal> numbers(Map<String, String> answers) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        answers.forEach((code, value) -> {
            if (value != null && value.matches("-?\\d+(\\.\\d+)?")) {
                numbers.put(code, new BigDecimal(value));
            }
        });
        return numbers;
    }
}
