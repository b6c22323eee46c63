package dk.ecei.indicator;

import dk.ecei.indicator.CatalogueView.IndicatorView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Gold pass rule of a catalogue version: a share (for example 80 %) of either the indicators met or the
 * maximum points. The scheme decides which, so it is data of the version and no scoring code names a scheme.
 */
public record GoldPassRule(GoldPassBasis basis, BigDecimal share) {

    public GoldPassRule {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(share, "share");
    }

    /** What an audit reached under this rule: the amount reached of the maximum, and whether that passes. */
    public record Result(int reached, int maximum, BigDecimal share, boolean passed) {
    }

    public Result apply(List<IndicatorView> indicators, Map<String, Boolean> met) {
        int reached = 0;
        int maximum = 0;
        for (IndicatorView indicator : indicators) {
            int worth = basis == GoldPassBasis.POINTS ? indicator.maxPoints() : 1;
            maximum += worth;
            if (Boolean.TRUE.equals(met.get(indicator.code()))) {
                reached += worth;
            }
        }
        // Compared without rounding: reached / maximum >= share  <=>  reached >= share * maximum.
        boolean passed = maximum > 0 && BigDecimal.valueOf(reached).compareTo(share.multiply(BigDecimal.valueOf(maximum))) >= 0;
        BigDecimal achieved = maximum == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(maximum), 4, RoundingMode.DOWN);
        return new Result(reached, maximum, achieved, passed);
    }
}
