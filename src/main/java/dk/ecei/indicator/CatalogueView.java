package dk.ecei.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A catalogue version with its categories and indicators, as other modules and API clients read it. */
public record CatalogueView(
        Long id,
        String code,
        String title,
        String description,
        boolean referenceCatalogue,
        CatalogueStatus status,
        BigDecimal goldPassShare,
        GoldPassBasis goldPassBasis,
        Instant publishedAt,
        String publishedBy,
        List<CategoryView> categories) {

    /** How Gold is passed under this version. */
    public GoldPassRule goldPassRule() {
        return new GoldPassRule(goldPassBasis, goldPassShare);
    }

    public List<IndicatorView> indicators(Scheme scheme) {
        return categories.stream().filter(c -> c.scheme() == scheme).flatMap(c -> c.indicators().stream()).toList();
    }

    static CatalogueView of(CatalogueVersion v) {
        return new CatalogueView(v.getId(), v.getCode(), v.getTitle(), v.getDescription(), v.isReferenceCatalogue(),
                v.getStatus(), v.getGoldPassShare(), v.getGoldPassBasis(), v.getPublishedAt(), v.getPublishedBy(),
                v.getCategories().stream().map(CategoryView::of).toList());
    }

    public record CategoryView(Long id, Scheme scheme, String code, String nameDa, String nameEn, int position,
            List<IndicatorView> indicators) {

        static CategoryView of(IndicatorCategory c) {
            return new CategoryView(c.getId(), c.getScheme(), c.getCode(), c.getNameDa(), c.getNameEn(), c.getPosition(),
                    c.getIndicators().stream().map(IndicatorView::of).toList());
        }
    }

    public record IndicatorView(Long id, String code, String nameDa, String nameEn, String guidanceDa, String guidanceEn,
            AnswerKind answerKind, String unit, ThresholdOperator thresholdOperator, BigDecimal thresholdValue,
            boolean minimumRequirement, int position, int maxPoints) {

        /** An indicator worth one point, as under the ECEI rule. */
        public IndicatorView(Long id, String code, String nameDa, String nameEn, String guidanceDa, String guidanceEn,
                AnswerKind answerKind, String unit, ThresholdOperator thresholdOperator, BigDecimal thresholdValue,
                boolean minimumRequirement, int position) {
            this(id, code, nameDa, nameEn, guidanceDa, guidanceEn, answerKind, unit, thresholdOperator, thresholdValue,
                    minimumRequirement, position, 1);
        }

        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.getId(), i.getCode(), i.getNameDa(), i.getNameEn(), i.getGuidanceDa(),
                    i.getGuidanceEn(), i.getAnswerKind(), i.getUnit(), i.getThresholdOperator(), i.getThresholdValue(),
                    i.isMinimumRequirement(), i.getPosition(), i.getMaxPoints());
        }
    }

    /** One line per version for listings. */
    public record Summary(String code, String title, boolean referenceCatalogue, CatalogueStatus status,
            Instant publishedAt, long bronzeIndicators, long goldIndicators) {

        static Summary of(CatalogueVersion v) {
            CatalogueView view = CatalogueView.of(v);
            return new Summary(v.getCode(), v.getTitle(), v.isReferenceCatalogue(), v.getStatus(), v.getPublishedAt(),
                    view.indicators(Scheme.BRONZE).size(), view.indicators(Scheme.GOLD).size());
        }
    }
}
