package dk.ecei.assessment;

import dk.ecei.indicator.CatalogueView.IndicatorView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A renewal next to the assessment it renews: per indicator, the previous final score and the current one (null
 * where there is none yet, or where the indicator is not in that catalogue version). Indicators follow the current
 * catalogue; those only the previous version had come last.
 */
public record ScoreComparison(Long assessmentId, Long previousAssessmentId, int previousMet, int currentMet,
        List<IndicatorComparison> indicators) {

    public record IndicatorComparison(String code, String nameDa, String nameEn, Boolean previousMet, Boolean currentMet,
            Change change) {
    }

    /** NOT_COMPARABLE where either side has no final score. */
    public enum Change {
        IMPROVED, DECLINED, UNCHANGED, NOT_COMPARABLE
    }

    static ScoreComparison of(Long assessmentId, Long previousAssessmentId, List<IndicatorView> current,
            Map<String, Boolean> previousMet, Map<String, Boolean> currentMet) {
        List<IndicatorComparison> rows = new ArrayList<>();
        current.forEach(i -> rows.add(row(i.code(), i.nameDa(), i.nameEn(), previousMet, currentMet)));
        TreeSet<String> onlyBefore = new TreeSet<>(previousMet.keySet());
        current.forEach(i -> onlyBefore.remove(i.code()));
        onlyBefore.forEach(code -> rows.add(row(code, null, null, previousMet, currentMet)));
        return new ScoreComparison(assessmentId, previousAssessmentId, count(previousMet), count(currentMet), List.copyOf(rows));
    }

    private static IndicatorComparison row(String code, String nameDa, String nameEn, Map<String, Boolean> previousMet,
            Map<String, Boolean> currentMet) {
        Boolean before = previousMet.get(code);
        Boolean now = currentMet.get(code);
        Change change = before == null || now == null ? Change.NOT_COMPARABLE
                : before.equals(now) ? Change.UNCHANGED : now ? Change.IMPROVED : Change.DECLINED;
        return new IndicatorComparison(code, nameDa, nameEn, before, now, change);
    }

    private static int count(Map<String, Boolean> met) {
        return (int) met.values().stream().filter(Boolean::booleanValue).count();
    }
}
