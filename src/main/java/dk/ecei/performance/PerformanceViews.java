package dk.ecei.performance;

import dk.ecei.shared.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What the performance account answers. */
public final class PerformanceViews {

    private PerformanceViews() {
    }

    public record CollectionView(int year, CollectionStatus status, String openedBy, Instant openedAt, String closedBy,
            Instant closedAt, int reports) {
    }

    public record ReportView(int year, Long clusterId, String clusterName, PerformanceFigures figures,
            String submittedBy, Instant submittedAt, long version) {
    }

    /**
     * The national figures of a year: from the published account (source HISTORY) or summed over the clusters'
     * reports of an opened collection (source REPORTS, with how many clusters reported). Figures maps indicator names
     * to values; an indicator that was not reported is null.
     */
    public record NationalYear(int year, String source, Integer reportingClusters, Map<String, BigDecimal> figures) {
    }

    /** A goal, and for every year with a figure: the figure, whether it meets the target, and its share of it. */
    public record GoalComparison(int goalNo, String goal, Integer target, String unit, Integer baseline2014,
            String measuredBy, List<GoalYear> years) {
    }

    public record GoalYear(int year, BigDecimal value, Boolean met, BigDecimal shareOfTarget) {
    }

    /** Goal 2: the companies that innovate, by the region of their cluster (only from reports). */
    public record RegionFigure(String region, long companiesNewProductsServicesProcesses) {
    }

    public record NationalAccount(List<String> indicators, List<NationalYear> years, List<GoalComparison> goals) {

        List<Table> tables() {
            List<String> columns = new ArrayList<>(List.of("year", "source", "reporting_clusters"));
            columns.addAll(indicators);
            List<List<Object>> rows = years.stream().map(y -> {
                List<Object> row = new ArrayList<>(Arrays.asList(y.year(), y.source(), y.reportingClusters()));
                indicators.forEach(i -> row.add(y.figures().get(i)));
                return row;
            }).toList();
            List<List<Object>> goalRows = new ArrayList<>();
            for (GoalComparison g : goals) {
                for (GoalYear y : g.years()) {
                    goalRows.add(Arrays.asList(g.goalNo(), g.goal(), g.target(), g.baseline2014(), g.measuredBy(),
                            y.year(), y.value(), y.met(), y.shareOfTarget()));
                }
            }
            return List.of(new Table("National account", columns, rows),
                    new Table("Goals", List.of("goal_no", "goal", "target", "baseline_2014", "measured_by", "year",
                            "value", "met", "share_of_target"), goalRows));
        }
    }

    public record YearTotals(CollectionView collection, NationalYear totals, List<GoalComparison> goals,
            List<RegionFigure> innovatingCompaniesByRegion, List<Long> clustersNotReported) {
    }

    static Table reportsTable(int year, List<ReportView> reports) {
        List<String> columns = new ArrayList<>(List.of("year", "cluster_id", "cluster"));
        columns.addAll(PerformanceFigures.INDICATORS);
        columns.addAll(List.of("submitted_by", "submitted_at"));
        return new Table("Reports " + year, columns, reports.stream().map(r -> {
            List<Object> row = new ArrayList<>(Arrays.asList(r.year(), r.clusterId(), r.clusterName()));
            row.addAll(r.figures().values());
            row.add(r.submittedBy());
            row.add(r.submittedAt());
            return row;
        }).toList());
    }
}
