package dk.ecei.assessment;

import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.GoldPassBasis;
import dk.ecei.indicator.GoldPassRule;
import dk.ecei.indicator.ThresholdOperator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Gold pre-check: the cluster's answers held against the Gold thresholds before anyone pays for an audit. An
 * indicator the experts judge on site (ASSESSED) can only be "to be assessed"; the likely score counts it as not met,
 * the best case as met.
 */
public record GapAnalysis(int met, int shortOf, int unanswered, int toBeAssessed, int total, BigDecimal likelyShare,
        BigDecimal bestCaseShare, BigDecimal passShare, Recommendation likelyLevel, List<String> shortMinimumRequirements,
        List<IndicatorGap> indicators) {

    public enum Status {
        MET, SHORT, UNANSWERED, TO_BE_ASSESSED
    }

    public record IndicatorGap(String code, String name, Status status, String answer, ThresholdOperator operator,
            BigDecimal threshold, boolean minimumRequirement) {
    }

    public static GapAnalysis of(List<IndicatorView> indicators, Map<String, String> answers, BigDecimal passShare) {
        return of(indicators, answers, new GoldPassRule(GoldPassBasis.INDICATORS_MET, passShare));
    }

    /** The pre-check under the catalogue version's pass rule; the shares shown count indicators, the likely level the rule. */
    public static GapAnalysis of(List<IndicatorView> indicators, Map<String, String> answers, GoldPassRule rule) {
        BigDecimal passShare = rule.share();
        List<IndicatorGap> gaps = indicators.stream().map(i -> new IndicatorGap(i.code(), i.nameEn(),
                status(i, answers.get(i.code())), answers.get(i.code()), i.thresholdOperator(), i.thresholdValue(),
                i.minimumRequirement())).toList();
        int met = count(gaps, Status.MET);
        int toBeAssessed = count(gaps, Status.TO_BE_ASSESSED);
        Map<String, Boolean> likely = gaps.stream().collect(java.util.stream.Collectors.toMap(IndicatorGap::code,
                g -> g.status() == Status.MET));
        // Minimum requirements the experts still judge are not counted as short: the pre-check cannot know.
        List<String> shortMinimum = gaps.stream().filter(IndicatorGap::minimumRequirement)
                .filter(g -> g.status() == Status.SHORT || g.status() == Status.UNANSWERED).map(IndicatorGap::code).toList();
        Recommendation likelyLevel = ExcellenceScore.gold(indicators, withAssessedMinimumsMet(gaps, likely), rule)
                .recommendation();
        return new GapAnalysis(met, count(gaps, Status.SHORT), count(gaps, Status.UNANSWERED), toBeAssessed,
                gaps.size(), ExcellenceScore.share(met, gaps.size()), ExcellenceScore.share(met + toBeAssessed, gaps.size()),
                passShare, likelyLevel, shortMinimum, gaps);
    }

    private static Map<String, Boolean> withAssessedMinimumsMet(List<IndicatorGap> gaps, Map<String, Boolean> likely) {
        Map<String, Boolean> result = new java.util.HashMap<>(likely);
        gaps.stream().filter(g -> g.minimumRequirement() && g.status() == Status.TO_BE_ASSESSED)
                .forEach(g -> result.put(g.code(), true));
        return result;
    }

    /** Whether one answer meets the indicator's threshold. */
    static Status status(IndicatorView indicator, String answer) {
        ThresholdOperator operator = indicator.thresholdOperator();
        if (operator == null || operator == ThresholdOperator.ASSESSED) {
            return Status.TO_BE_ASSESSED;
        }
        if (answer == null || answer.isBlank()) {
            return Status.UNANSWERED;
        }
        BigDecimal value = number(answer);
        boolean met = switch (operator) {
            case YES -> "YES".equalsIgnoreCase(answer.strip());
            case AT_LEAST -> value != null && value.compareTo(indicator.thresholdValue()) >= 0;
            case AT_MOST -> value != null && value.compareTo(indicator.thresholdValue()) <= 0;
            case ASSESSED -> false;
        };
        return met ? Status.MET : Status.SHORT;
    }

    private static BigDecimal number(String answer) {
        try {
            return new BigDecimal(answer.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(List<IndicatorGap> gaps, Status status) {
        return (int) gaps.stream().filter(g -> g.status() == status).count();
    }
}
