package dk.ecei.assessment;

import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.GoldPassBasis;
import dk.ecei.indicator.GoldPassRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster management excellence score of an audit: the share of indicators met, and the minimum requirements.
 * Gold needs the catalogue version's pass rule reached (a share of the indicators met or of the maximum points) and
 * every minimum requirement met; otherwise
 * the result supports Silver when every minimum requirement is met, and no label when one is missed. A Silver
 * audit looks only at the minimum requirements: Silver is about improvement, not a score.
 */
public record ExcellenceScore(int met, int total, BigDecimal share, List<String> missedMinimumRequirements,
        Recommendation recommendation, List<String> reasons) {

    /** Scores a Gold audit under the ECEI rule: a share of the indicators met. */
    public static ExcellenceScore gold(List<IndicatorView> indicators, Map<String, Boolean> finalMet, BigDecimal passShare) {
        return gold(indicators, finalMet, new GoldPassRule(GoldPassBasis.INDICATORS_MET, passShare));
    }

    /**
     * Scores a Gold audit from the final met/not met of every indicator under the catalogue version's pass rule (a
     * share of the indicators met, or of the maximum points). {@code met}, {@code total} and {@code share} count
     * indicators whatever the rule; the first reason states what the rule counted.
     */
    public static ExcellenceScore gold(List<IndicatorView> indicators, Map<String, Boolean> finalMet, GoldPassRule rule) {
        int met = (int) indicators.stream().filter(i -> Boolean.TRUE.equals(finalMet.get(i.code()))).count();
        int total = indicators.size();
        List<String> missed = missedMinimumRequirements(indicators, finalMet);
        GoldPassRule.Result result = rule.apply(indicators, finalMet);
        List<String> reasons = new ArrayList<>();
        if (rule.basis() == GoldPassBasis.POINTS) {
            reasons.add(result.reached() + " of " + result.maximum() + " points (" + percent(result.share()) + "), "
                    + met + " of " + total + " indicators met; Gold needs " + percent(rule.share()) + " of the points");
        } else {
            reasons.add(met + " of " + total + " indicators met (" + percent(share(met, total)) + "); Gold needs "
                    + percent(rule.share()));
        }
        missed.forEach(code -> reasons.add("Minimum requirement " + code + " is not met"));
        Recommendation recommendation = !missed.isEmpty() ? Recommendation.NONE
                : result.passed() ? Recommendation.GOLD : Recommendation.SILVER;
        return new ExcellenceScore(met, total, share(met, total), missed, recommendation, List.copyOf(reasons));
    }

    /** Scores a Silver audit from the auditor's check of the minimum requirements. */
    public static ExcellenceScore silver(List<IndicatorView> indicators, Map<String, Boolean> checked) {
        List<IndicatorView> minimum = indicators.stream().filter(IndicatorView::minimumRequirement).toList();
        int met = (int) minimum.stream().filter(i -> Boolean.TRUE.equals(checked.get(i.code()))).count();
        List<String> missed = missedMinimumRequirements(minimum, checked);
        List<String> reasons = new ArrayList<>();
        reasons.add(met + " of " + minimum.size() + " minimum requirements met");
        missed.forEach(code -> reasons.add("Minimum requirement " + code + " is not met"));
        return new ExcellenceScore(met, minimum.size(), share(met, minimum.size()), missed,
                missed.isEmpty() ? Recommendation.SILVER : Recommendation.NONE, List.copyOf(reasons));
    }

    private static List<String> missedMinimumRequirements(List<IndicatorView> indicators, Map<String, Boolean> met) {
        return indicators.stream().filter(IndicatorView::minimumRequirement)
                .filter(i -> !Boolean.TRUE.equals(met.get(i.code()))).map(IndicatorView::code).toList();
    }

    static BigDecimal share(int met, int total) {
        return total == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(total), 4, RoundingMode.DOWN);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " %";
    }
}
