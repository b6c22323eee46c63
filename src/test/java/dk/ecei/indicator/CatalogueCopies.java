package dk.ecei.indicator;

import java.util.List;

/** A new version that is a copy of another: for tests that publish a version of their own and then put the rules back. */
public final class CatalogueCopies {

    private CatalogueCopies() {
    }

    public static NewCatalogueVersion copyOf(CatalogueView base, String code) {
        List<NewCatalogueVersion.NewCategory> categories = base.categories().stream().map(c -> new NewCatalogueVersion.NewCategory(
                c.scheme(), c.code(), c.nameDa(), c.nameEn(), c.indicators().stream().map(i -> new NewCatalogueVersion.NewIndicator(
                        i.code(), i.nameDa(), i.nameEn(), i.guidanceDa(), i.guidanceEn(), i.answerKind(), i.unit(),
                        i.thresholdOperator(), i.thresholdValue(), i.minimumRequirement(), i.maxPoints())).toList())).toList();
        return new NewCatalogueVersion(code, base.title(), base.description(), base.goldPassRule().share(), categories,
                base.goldPassRule().basis());
    }
}
