package dk.ecei.document;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.BenchmarkResults;
import dk.ecei.assessment.BenchmarkResults.BenchmarkResult;
import dk.ecei.assessment.ReportWritten;
import dk.ecei.document.BenchmarkReport.Change;
import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.Scheme;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change of every indicator since a cluster's previous Bronze benchmark, kept as a read model (table
 * {@code benchmark_change}): written when a benchmark's report is written ({@link ReportWritten}), so the Silver step
 * that follows a second Bronze can offer the indicators that improved without computing them from every answer.
 * A benchmark written before the read model existed is computed the first time it is asked for.
 */
@Service
@Transactional
public class BenchmarkChanges {

    /** One indicator's move; the values only for numbers and yes/no answers. */
    public record IndicatorChange(IndicatorView indicator, Change change, String before, String now) {
    }

    /**
     * What the Silver step is offered: the cluster's latest benchmark against the one before it, the indicators that
     * improved, how many declined or stayed, and the Gold indicators of the Silver assessment that measure the same as
     * an improved Bronze indicator (same name), to be tied to an improvement area; per improved Bronze indicator its
     * Gold indicators, so an area can name the Bronze rows behind it; and whether the reader may open the latest
     * benchmark's report (its rows are linked only then: a Silver auditor who was not the Bronze expert may not).
     */
    public record SinceEarlierBronze(Long assessmentId, Long previousAssessmentId, List<IndicatorChange> improved,
            int declined, int unchanged, Set<String> goldCodes, Map<String, Set<String>> goldCodesOf,
            boolean reportReadable) {

        public boolean suggests(String goldCode) {
            return goldCodes.contains(goldCode);
        }

        /** The improved Bronze indicators that measure the same as one of an area's Gold indicators, in Bronze order. */
        public List<IndicatorChange> improvedFor(java.util.Collection<String> areaGoldCodes) {
            return improved.stream().filter(c -> goldCodesOf.getOrDefault(c.indicator().code(), Set.of()).stream()
                    .anyMatch(areaGoldCodes::contains)).toList();
        }
    }

    private final BenchmarkChangeRepository changes;
    private final JdbcTemplate jdbc;
    private final BenchmarkResults results;
    private final AssessmentService assessments;
    private final CatalogueService catalogue;
    private final Clock clock;

    BenchmarkChanges(BenchmarkChangeRepository changes, JdbcTemplate jdbc, BenchmarkResults results,
            AssessmentService assessments, CatalogueService catalogue, Clock clock) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.results = results;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReportWritten written) {
        record(written.clusterId(), written.assessmentId());
    }

    /**
     * For the Silver assessment {@code silverId} (whoever may read it): the changes of its cluster's latest benchmark
     * since the earlier one, or empty if the cluster has fewer than two completed benchmarks.
     */
    public java.util.Optional<SinceEarlierBronze> forSilver(Long silverId) {
        AssessmentView silver = assessments.get(silverId);
        if (silver.level() != LabelLevel.SILVER) {
            throw NotFoundException.of("silverAssessment", silverId);
        }
        List<BenchmarkChange> latest = changes.latestOfCluster(silver.clusterId());
        if (latest.isEmpty()) {
            // A benchmark from before the read model: computed for this view only, never written here, so two page
            // views at once cannot race on the read model's unique key (the listener is its only writer).
            latest = compute(silver.clusterId(), null, false);
        }
        if (latest.isEmpty()) {
            return java.util.Optional.empty();
        }
        BenchmarkChange first = latest.get(0);
        Map<String, IndicatorView> bronze = catalogue.byId(first.getCatalogueVersionId()).indicators(Scheme.BRONZE).stream()
                .collect(Collectors.toMap(IndicatorView::code, Function.identity()));
        List<IndicatorChange> improved = new ArrayList<>();
        int declined = 0;
        int unchanged = 0;
        for (BenchmarkChange c : latest) {
            IndicatorView indicator = bronze.get(c.getIndicatorCode());
            if (indicator == null) {
                continue;
            }
            switch (c.getDirection()) {
                case IMPROVED -> improved.add(new IndicatorChange(indicator, c.getDirection(), c.getValueBefore(), c.getValueNow()));
                case DECLINED -> declined++;
                case UNCHANGED -> unchanged++;
                default -> { }
            }
        }
        List<IndicatorView> gold = assessments.questionnaire(silverId).groups().stream()
                .flatMap(g -> g.indicators().stream()).toList();
        Map<String, Set<String>> goldOf = new java.util.HashMap<>();
        improved.forEach(c -> goldOf.put(c.indicator().code(), sameMeasure(List.of(c.indicator()), gold)));
        return java.util.Optional.of(new SinceEarlierBronze(first.getAssessmentId(), first.getPreviousAssessmentId(),
                List.copyOf(improved), declined, unchanged,
                sameMeasure(improved.stream().map(IndicatorChange::indicator).toList(), gold), Map.copyOf(goldOf),
                assessments.readableSummary(first.getAssessmentId()).isPresent()));
    }

    /**
     * Computes and keeps the changes of {@code assessmentId} (null: the cluster's latest benchmark) since the
     * cluster's benchmark before it; nothing twice, nothing for a first benchmark.
     */
    List<BenchmarkChange> record(Long clusterId, Long assessmentId) {
        return compute(clusterId, assessmentId, true);
    }

    private List<BenchmarkChange> compute(Long clusterId, Long assessmentId, boolean keep) {
        List<BenchmarkResult> pair = results.withEarlier(clusterId, assessmentId);
        if (pair.size() < 2) {
            return List.of();
        }
        BenchmarkResult now = pair.get(1);
        if (changes.existsByAssessmentId(now.assessmentId())) {
            return changes.latestOfCluster(clusterId);
        }
        BenchmarkResult before = pair.get(0);
        List<IndicatorView> indicators = catalogue.byId(now.catalogueVersionId()).indicators(Scheme.BRONZE);
        java.time.Instant computedAt = clock.instant();
        List<BenchmarkChange> computed = between(before.answers(), now.answers(), indicators).stream()
                .map(c -> new BenchmarkChange(now.assessmentId(), before.assessmentId(), clusterId, now.catalogueVersionId(),
                        c.indicator().code(), c.change(), c.before(), c.now(), computedAt))
                .toList();
        if (keep && !computed.isEmpty()) {
            // One JDBC batch: the rows' ids are the database's, so JPA would insert the 36 rows one statement each.
            jdbc.batchUpdate("insert into benchmark_change (assessment_id, previous_assessment_id, cluster_id,"
                    + " catalogue_version_id, indicator_code, direction, value_before, value_now, computed_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", computed.stream().map(c -> new Object[] {now.assessmentId(),
                            before.assessmentId(), clusterId, now.catalogueVersionId(), c.getIndicatorCode(),
                            c.getDirection().name(), c.getValueBefore(), c.getValueNow(),
                            java.time.LocalDateTime.ofInstant(computedAt, java.time.ZoneOffset.UTC)}).toList());
        }
        return computed;
    }

    /** Every indicator's change between two benchmarks' answers (the same rule as the benchmarking report's). */
    static List<IndicatorChange> between(Map<String, String> before, Map<String, String> now, List<IndicatorView> indicators) {
        List<IndicatorChange> lines = new ArrayList<>();
        for (IndicatorView indicator : indicators) {
            String was = before.get(indicator.code());
            String is = now.get(indicator.code());
            Change change = BenchmarkReports.change(indicator, is, was, number(is), number(was));
            boolean keepValues = indicator.answerKind() != AnswerKind.TEXT;
            lines.add(new IndicatorChange(indicator, change, keepValues ? shortened(was) : null, keepValues ? shortened(is) : null));
        }
        return lines;
    }

    /** The Gold indicators named as one of {@code bronze} is (in Danish or English), in the Gold catalogue's order. */
    static Set<String> sameMeasure(List<IndicatorView> bronze, List<IndicatorView> gold) {
        Set<String> names = new java.util.HashSet<>();
        bronze.forEach(b -> {
            names.add(normal(b.nameDa()));
            names.add(normal(b.nameEn()));
        });
        Set<String> codes = new LinkedHashSet<>();
        gold.stream().filter(g -> names.contains(normal(g.nameDa())) || names.contains(normal(g.nameEn())))
                .forEach(g -> codes.add(g.code()));
        return codes;
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static BigDecimal number(String value) {
        return value != null && value.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(value) : null;
    }

    private static String shortened(String value) {
        return value == null || value.length() <= 40 ? value : value.substring(0, 40);
    }
}
