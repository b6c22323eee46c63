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
import dk.ecei.shared.AfterCommit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

    /**
     * The members and, per indicator, every group's values sorted once when read: a report then only looks its groups
     * up and takes its own value out, instead of filtering every member for every indicator and group.
     */
    record Snapshot(Map<Long, Member> members, Map<String, double[]> country, Map<ClusterField, Map<String, double[]>> byField,
            Map<Region, Map<String, double[]>> byRegion, Map<String, double[]> gold, Instant readAt,
            Map<String, Map<PeerGroup, PeerStatistics>> compared) {

        static Snapshot of(Map<Long, Member> members, Instant readAt) {
            Map<String, List<Double>> country = new HashMap<>();
            Map<ClusterField, Map<String, List<Double>>> byField = new EnumMap<>(ClusterField.class);
            Map<Region, Map<String, List<Double>>> byRegion = new EnumMap<>(Region.class);
            Map<String, List<Double>> gold = new HashMap<>();
            for (Member m : members.values()) {
                m.values().forEach((code, value) -> {
                    double v = value.doubleValue();
                    country.computeIfAbsent(code, k -> new ArrayList<>()).add(v);
                    m.fields().forEach(f -> byField.computeIfAbsent(f, k -> new HashMap<>())
                            .computeIfAbsent(code, k -> new ArrayList<>()).add(v));
                    if (m.region() != null) {
                        byRegion.computeIfAbsent(m.region(), k -> new HashMap<>()).computeIfAbsent(code, k -> new ArrayList<>()).add(v);
                    }
                    if (m.gold()) {
                        gold.computeIfAbsent(code, k -> new ArrayList<>()).add(v);
                    }
                });
            }
            Map<ClusterField, Map<String, double[]>> fields = new EnumMap<>(ClusterField.class);
            byField.forEach((f, values) -> fields.put(f, sorted(values)));
            Map<Region, Map<String, double[]>> regions = new EnumMap<>(Region.class);
            byRegion.forEach((r, values) -> regions.put(r, sorted(values)));
            return new Snapshot(Map.copyOf(members), sorted(country), fields, regions, sorted(gold), readAt,
                    new java.util.concurrent.ConcurrentHashMap<>());
        }

        private static Map<String, double[]> sorted(Map<String, List<Double>> values) {
            Map<String, double[]> sorted = new HashMap<>();
            values.forEach((code, list) -> {
                double[] array = list.stream().mapToDouble(Double::doubleValue).toArray();
                Arrays.sort(array);
                sorted.put(code, array);
            });
            return sorted;
        }

        /** The sorted values of {@code group} as {@code cluster} sees it, the cluster's own value taken out. */
        double[] peers(PeerGroup group, Member cluster, String code) {
            double[] all = switch (group) {
                case COUNTRY -> country.get(code);
                case GOLD -> gold.get(code);
                case REGION -> cluster.region() == null ? null : byRegion.getOrDefault(cluster.region(), Map.of()).get(code);
                case FIELD -> cluster.fields().size() == 1
                        ? byField.getOrDefault(cluster.fields().iterator().next(), Map.of()).get(code)
                        // Clusters sharing any of several fields: counted once each, so gathered from the members.
                        : members.values().stream().filter(m -> m.in(PeerGroup.FIELD, cluster) && m.values().containsKey(code))
                                .mapToDouble(m -> m.values().get(code).doubleValue()).sorted().toArray();
            };
            if (all == null) {
                return new double[0];
            }
            Member known = members.get(cluster.clusterId());
            BigDecimal own = known == null ? null : known.values().get(code);
            if (own == null || !known.in(group, cluster)) {
                return all;
            }
            int at = Arrays.binarySearch(all, own.doubleValue());
            if (at < 0) {
                return all;
            }
            double[] without = new double[all.length - 1];
            System.arraycopy(all, 0, without, 0, at);
            System.arraycopy(all, at + 1, without, at, all.length - at - 1);
            return without;
        }
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
        return compare(cluster, null, indicatorCode, own);
    }

    /**
     * As {@link #compare(Member, String, BigDecimal)}, kept with the figures per catalogue version, cluster, indicator
     * and own value: the same report read again costs no statistics, and a newly written benchmark (which drops the
     * figures) drops them too.
     */
    Map<PeerGroup, PeerStatistics> compare(Member cluster, String catalogueVersion, String indicatorCode, BigDecimal own) {
        Snapshot figures = current();
        if (!settings.cachePeerStatistics()) {
            return statistics(figures, cluster, indicatorCode, own);
        }
        String key = catalogueVersion + '|' + cluster.clusterId() + '|' + indicatorCode + '|'
                + (own == null ? "" : own.stripTrailingZeros().toPlainString());
        return figures.compared().computeIfAbsent(key, k -> statistics(figures, cluster, indicatorCode, own));
    }

    private Map<PeerGroup, PeerStatistics> statistics(Snapshot figures, Member cluster, String indicatorCode, BigDecimal own) {
        Map<PeerGroup, PeerStatistics> shown = new EnumMap<>(PeerGroup.class);
        for (PeerGroup group : PeerGroup.values()) {
            PeerStatistics.ofSorted(figures.peers(group, cluster, indicatorCode), own, settings.minimumPeerGroupSize())
                    .ifPresent(s -> shown.put(group, s));
        }
        return java.util.Collections.unmodifiableMap(shown);
    }

    /** The cluster as a peer: its groups from the registers, whether or not it is benchmarked itself. */
    Member member(ClusterView cluster) {
        Member known = current().members().get(cluster.id());
        return known != null ? known : new Member(cluster.id(), cluster.fields(), cluster.region(),
                goldToday().contains(cluster.id()), Map.of());
    }

    /** After the commit, so the figures read next include the new benchmark (no publication row: see AfterCommit). */
    @EventListener
    void on(ReportWritten written) {
        AfterCommit.run(() -> snapshot = null);
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
        return Snapshot.of(members, now);
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
