package dk.ecei.assessment;

import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.GoldPassBasis;
import dk.ecei.indicator.GoldPassRule;
import dk.ecei.shared.Violation;
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
        Recommendation recommendation, List<Violation> reasons) {

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
        List<Violation> reasons = new ArrayList<>();
        if (rule.basis() == GoldPassBasis.POINTS) {
            reasons.add(Violation.of("rule.score.points", result.reached() + " of " + result.maximum() + " points ("
                    + percent(result.share()) + "), " + met + " of " + total + " indicators met; Gold needs "
                    + percent(rule.share()) + " of the points", result.reached(), result.maximum(),
                    percentValue(result.share()), met, total, percentValue(rule.share())));
        } else {
            reasons.add(Violation.of("rule.score.indicators", met + " of " + total + " indicators met ("
                    + percent(share(met, total)) + "); Gold needs " + percent(rule.share()),
                    met, total, percentValue(share(met, total)), percentValue(rule.share())));
        }
        missed.forEach(code -> reasons.add(minimumMissed(code)));
        Recommendation recommendation = !missed.isEmpty() ? Recommendation.NONE
                : result.passed() ? Recommendation.GOLD : Recommendation.SILVER;
        return new ExcellenceScore(met, total, share(met, total), missed, recommendation, List.copyOf(reasons));
    }

    /** Scores a Silver audit from the auditor's check of the minimum requirements. */
    public static ExcellenceScore silver(List<IndicatorView> indicators, Map<String, Boolean> checked) {
        List<IndicatorView> minimum = indicators.stream().filter(IndicatorView::minimumRequirement).toList();
        int met = (int) minimum.stream().filter(i -> Boolean.TRUE.equals(checked.get(i.code()))).count();
        List<String> missed = missedMinimumRequirements(minimum, checked);
        List<Violation> reasons = new ArrayList<>();
        reasons.add(Violation.of("rule.score.minimum", met + " of " + minimum.size() + " minimum requirements met",
                met, minimum.size()));
        missed.forEach(code -> reasons.add(minimumMissed(code)));
        return new ExcellenceScore(met, minimum.size(), share(met, minimum.size()), missed,
                missed.isEmpty() ? Recommendation.SILVER : Recommendation.NONE, List.copyOf(reasons));
    }

    private static Violation minimumMissed(String code) {
        return Violation.of("rule.score.minimumMissed", "Minimum requirement " + code + " is not met", code);
    }

    private static List<String> missedMinimumRequirements(List<IndicatorView> indicators, Map<String, Boolean> met) {
        return indicators.stream().filter(IndicatorView::minimumRequirement)
                .filter(i -> !Boolean.TRUE.equals(met.get(i.code()))).map(IndicatorView::code).toList();
    }

    static BigDecimal share(int met, int total) {
        return total == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(total), 4, RoundingMode.DOWN);
    }

    /** A share (0.774) as the percentage a person reads (77.4), cut to one decimal as the score is compared. */
    static BigDecimal percentValue(BigDecimal share) {
        BigDecimal percent = share.movePointRight(2).setScale(1, RoundingMode.DOWN).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " %";
    }
}
