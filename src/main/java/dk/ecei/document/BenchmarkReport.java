package dk.ecei.document;

import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.ReportSection;
import dk.ecei.indicator.CatalogueView.CategoryView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A Bronze benchmarking report as its readers see it: per indicator group the expert's findings and recommendations,
 * and per indicator the cluster's answer, the change since its previous benchmark and its peer groups' statistics
 * (only the groups large enough to show) with the geometry of the chart.
 */
public record BenchmarkReport(AssessmentView assessment, Long previousAssessmentId, int minimumPeerGroupSize,
        List<Group> groups) {

    public boolean written() {
        return !assessment.report().isEmpty();
    }

    /** How many indicators moved so since the previous benchmark. */
    public long count(Change change) {
        return groups.stream().flatMap(g -> g.indicators().stream()).filter(l -> l.change() == change).count();
    }

    /** {@link #count(Change)} by the change's name, for the templates. */
    public long countOf(String change) {
        return count(Change.valueOf(change));
    }

    public record Group(CategoryView group, ReportSection section, List<Line> indicators) {
    }

    /** How an answer moved since the previous benchmark; higher counts as better (the catalogue names no direction). */
    public enum Change {
        IMPROVED, DECLINED, UNCHANGED, CHANGED, NOT_COMPARABLE
    }

    public record Line(IndicatorView indicator, String value, String previousValue, Change change,
            Map<PeerGroup, PeerStatistics> peers, Chart chart) {

        public boolean compared() {
            return !peers.isEmpty();
        }

        /** The peer groups left out because they have fewer clusters than the minimum (numeric indicators only). */
        public List<PeerGroup> hidden() {
            return BenchmarkReports.numeric(indicator) ? java.util.Arrays.stream(PeerGroup.values())
                    .filter(g -> !peers.containsKey(g)).toList() : List.of();
        }
    }

    /**
     * A box plot per shown peer group on one scale (0 to {@link #width}): whiskers min–max, the box between the
     * quartiles, the median line, and the cluster's own value as a marker on every row.
     */
    public record Chart(int width, int rowHeight, int height, Double ownX, List<Row> rows) {

        public record Row(PeerGroup group, int y, double minX, double q1X, double medianX, double q3X, double maxX) {
        }

        static Chart of(Map<PeerGroup, PeerStatistics> peers, BigDecimal own) {
            int width = 400;
            int rowHeight = 28;
            double low = own == null ? Double.MAX_VALUE : own.doubleValue();
            double high = own == null ? -Double.MAX_VALUE : own.doubleValue();
            for (PeerStatistics s : peers.values()) {
                low = Math.min(low, s.min().doubleValue());
                high = Math.max(high, s.max().doubleValue());
            }
            double span = high - low == 0 ? 1 : high - low;
            double lo = low;
            // Tenths of a pixel: 10 + (v − low) / span · (width − 20), rounded as a whole (the margin inside the rounding).
            java.util.function.DoubleUnaryOperator x = v -> Math.round((10 + (v - lo) / span * (width - 20)) * 10) / 10.0;
            List<Row> rows = new java.util.ArrayList<>();
            int y = 0;
            for (Map.Entry<PeerGroup, PeerStatistics> e : peers.entrySet()) {
                PeerStatistics s = e.getValue();
                rows.add(new Row(e.getKey(), y, x.applyAsDouble(s.min().doubleValue()),
                        x.applyAsDouble(s.lowerQuartile().doubleValue()), x.applyAsDouble(s.median().doubleValue()),
                        x.applyAsDouble(s.upperQuartile().doubleValue()), x.applyAsDouble(s.max().doubleValue())));
                y += rowHeight;
            }
            return new Chart(width, rowHeight, Math.max(rowHeight, y), own == null ? null : x.applyAsDouble(own.doubleValue()),
                    rows);
        }
    }
}
