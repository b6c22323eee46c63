package dk.ecei.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * One peer group's distribution for one indicator and where the cluster's own value stands in it. Quartiles by linear
 * interpolation between the sorted values (position p·(n−1), as Excel's QUARTILE.INC and R's default type 7), so the
 * figures can be checked by hand. The percentile is the mid-rank: the share of peers below the value plus half the
 * share equal to it, so a value equal to every peer's stands at the 50th percentile rather than the 0th or 100th.
 * The peers never include the cluster itself.
 */
public record PeerStatistics(int size, BigDecimal min, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile,
        BigDecimal max, BigDecimal percentile) {

    /**
     * The statistics of {@code peers} with {@code own}'s percentile (null without an own value), or empty when the
     * group is smaller than {@code minimumSize}: a small group's quartiles would give its members' answers away.
     */
    static Optional<PeerStatistics> of(Collection<BigDecimal> peers, BigDecimal own, int minimumSize) {
        return ofSorted(peers.stream().mapToDouble(BigDecimal::doubleValue).sorted().toArray(), own, minimumSize);
    }

    /** As {@link #of}, for peers' values already sorted ascending (the kept peer figures are). */
    static Optional<PeerStatistics> ofSorted(double[] sorted, BigDecimal own, int minimumSize) {
        if (sorted.length < Math.max(1, minimumSize)) {
            return Optional.empty();
        }
        BigDecimal percentile = null;
        if (own != null) {
            double value = own.doubleValue();
            long below = Arrays.stream(sorted).filter(v -> v < value).count();
            long equal = Arrays.stream(sorted).filter(v -> v == value).count();
            percentile = round(100.0 * (below + equal / 2.0) / sorted.length, 1);
        }
        return Optional.of(new PeerStatistics(sorted.length, round(sorted[0], 2), round(quantile(sorted, 0.25), 2),
                round(quantile(sorted, 0.5), 2), round(quantile(sorted, 0.75), 2), round(sorted[sorted.length - 1], 2),
                percentile));
    }

    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
