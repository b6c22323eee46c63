package dk.ecei.indicator;

import dk.ecei.shared.Violation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A complete catalogue version that support staff publish to replace the one in force. */
public record NewCatalogueVersion(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @NotNull @DecimalMin("0.5") @DecimalMax("1.0") @Digits(integer = 1, fraction = 4) BigDecimal goldPassShare,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull NewCategory> categories,
        GoldPassBasis goldPassBasis) {

    /** Without a basis the ECEI rule: a share of the indicators met. */
    public NewCatalogueVersion {
        goldPassBasis = goldPassBasis == null ? GoldPassBasis.INDICATORS_MET : goldPassBasis;
    }

    public NewCatalogueVersion(String code, String title, String description, BigDecimal goldPassShare,
            List<NewCategory> categories) {
        this(code, title, description, goldPassShare, categories, null);
    }

    public record NewCategory(
            @NotNull Scheme scheme,
            @NotBlank @Size(max = 20) String code,
            @NotBlank @Size(max = 200) String nameDa,
            @NotBlank @Size(max = 200) String nameEn,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull NewIndicator> indicators) {
    }

    public record NewIndicator(
            @NotBlank @Size(max = 20) String code,
            @NotBlank @Size(max = 300) String nameDa,
            @NotBlank @Size(max = 300) String nameEn,
            @Size(max = 2000) String guidanceDa,
            @Size(max = 2000) String guidanceEn,
            @NotNull AnswerKind answerKind,
            @Size(max = 40) String unit,
            ThresholdOperator thresholdOperator,
            @Digits(integer = 12, fraction = 2) BigDecimal thresholdValue,
            boolean minimumRequirement,
            @Min(1) @Max(100) Integer maxPoints) {

        /** Without points an indicator is worth 1. */
        public NewIndicator {
            maxPoints = maxPoints == null ? 1 : maxPoints;
        }

        public NewIndicator(String code, String nameDa, String nameEn, String guidanceDa, String guidanceEn,
                AnswerKind answerKind, String unit, ThresholdOperator thresholdOperator, BigDecimal thresholdValue,
                boolean minimumRequirement) {
            this(code, nameDa, nameEn, guidanceDa, guidanceEn, answerKind, unit, thresholdOperator, thresholdValue,
                    minimumRequirement, null);
        }
    }

    private static Violation scheme(Scheme scheme) {
        return Violation.named("scheme." + scheme.name(), scheme.name());
    }

    /** Rules that span fields: unique codes, Gold thresholds that fit the answer kind, both schemes present. */
    List<Violation> problems() {
        List<Violation> problems = new ArrayList<>();
        Set<String> categoryCodes = new HashSet<>();
        Set<String> indicatorCodes = new HashSet<>();
        for (NewCategory category : categories) {
            if (!categoryCodes.add(category.scheme() + ":" + category.code())) {
                problems.add(Violation.of("rule.catalogue.categoryTwice", "Category code " + category.code() + " is used twice in "
                        + category.scheme(), category.code(), scheme(category.scheme())));
            }
            for (NewIndicator indicator : category.indicators()) {
                String where = "Indicator " + indicator.code();
                if (!indicatorCodes.add(category.scheme() + ":" + indicator.code())) {
                    problems.add(Violation.of("rule.catalogue.indicatorTwice", where + " is used twice in " + category.scheme(),
                            indicator.code(), scheme(category.scheme())));
                }
                ThresholdOperator op = indicator.thresholdOperator();
                if (category.scheme() == Scheme.GOLD) {
                    if (op == null) {
                        problems.add(Violation.of("rule.catalogue.goldNeedsThreshold",
                                where + " is a Gold indicator and needs a threshold operator", indicator.code()));
                    } else if (!op.fits(indicator.answerKind())) {
                        problems.add(Violation.of("rule.catalogue.thresholdKind", where + ": threshold " + op
                                + " does not fit answers of kind " + indicator.answerKind(), indicator.code(),
                                Violation.named("answerKind." + indicator.answerKind().name(), indicator.answerKind().name())));
                    } else if (op.needsValue() != (indicator.thresholdValue() != null)) {
                        problems.add(Violation.of(op.needsValue() ? "rule.catalogue.thresholdValueNeeded" : "rule.catalogue.thresholdValueTaken",
                                where + ": threshold " + op + (op.needsValue() ? " needs" : " takes no") + " threshold value",
                                indicator.code()));
                    }
                } else if (op != null || indicator.thresholdValue() != null || indicator.minimumRequirement()) {
                    problems.add(Violation.of("rule.catalogue.bronzeNoThreshold",
                            where + " is a Bronze benchmark question and takes no threshold or minimum requirement", indicator.code()));
                }
            }
        }
        for (Scheme scheme : Scheme.values()) {
            if (categories.stream().noneMatch(c -> c.scheme() == scheme)) {
                problems.add(Violation.of("rule.catalogue.noScheme", "The catalogue has no " + scheme + " categories", scheme(scheme)));
            }
        }
        return problems;
    }
}
