package dk.ecei.web;

import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.GoldPassBasis;
import dk.ecei.indicator.NewCatalogueVersion;
import dk.ecei.indicator.Scheme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.NumberFormat;

/**
 * A new catalogue version as support staff write it: based on the version in force, with a new code and title, the
 * Gold pass rule (what is counted and the share in percent) and per Gold indicator its threshold, whether it is a
 * minimum requirement and its points. Names, guidance and the Bronze questionnaire are carried over unchanged (a
 * bean for th:field, see {@link ClusterForm}).
 */
public class CatalogueForm {

    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+")
    private String code;
    @NotBlank @Size(max = 200)
    private String title;
    @Size(max = 2000)
    private String description;
    @NotNull
    private GoldPassBasis goldPassBasis;
    @NotNull @DecimalMin("50") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @NumberFormat(style = NumberFormat.Style.NUMBER)
    private BigDecimal goldPassPercent;
    @Valid
    private List<Row> indicators = new ArrayList<>();

    /** One Gold indicator's rule data; the code says which indicator of the base version it is. */
    public static class Row {
        private String code;
        @Digits(integer = 12, fraction = 2) @DecimalMin("0") @NumberFormat(style = NumberFormat.Style.NUMBER)
        private BigDecimal thresholdValue;
        private boolean minimumRequirement;
        @NotNull @Min(1) @Max(100)
        private Integer maxPoints;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public BigDecimal getThresholdValue() { return thresholdValue; }
        public void setThresholdValue(BigDecimal thresholdValue) { this.thresholdValue = thresholdValue; }
        public boolean isMinimumRequirement() { return minimumRequirement; }
        public void setMinimumRequirement(boolean minimumRequirement) { this.minimumRequirement = minimumRequirement; }
        public Integer getMaxPoints() { return maxPoints; }
        public void setMaxPoints(Integer maxPoints) { this.maxPoints = maxPoints; }
    }

    static CatalogueForm basedOn(CatalogueView current) {
        CatalogueForm form = new CatalogueForm();
        form.title = current.title();
        form.description = current.description();
        form.goldPassBasis = current.goldPassBasis();
        form.goldPassPercent = current.goldPassShare().movePointRight(2).stripTrailingZeros();
        for (CatalogueView.IndicatorView indicator : current.indicators(Scheme.GOLD)) {
            Row row = new Row();
            row.code = indicator.code();
            row.thresholdValue = indicator.thresholdValue();
            row.minimumRequirement = indicator.minimumRequirement();
            row.maxPoints = indicator.maxPoints();
            form.indicators.add(row);
        }
        return form;
    }

    /** The rows by indicator code; a row whose code is not a Gold indicator of the base version is ignored. */
    Map<String, Row> rowsByCode() {
        return indicators.stream().filter(r -> r.code != null)
                .collect(Collectors.toMap(Row::getCode, Function.identity(), (a, b) -> a));
    }

    /** The new version: the base version with this form's code, title, pass rule and Gold rule data. */
    NewCatalogueVersion version(CatalogueView base) {
        Map<String, Row> rows = rowsByCode();
        List<NewCatalogueVersion.NewCategory> categories = base.categories().stream().map(c -> new NewCatalogueVersion.NewCategory(
                c.scheme(), c.code(), c.nameDa(), c.nameEn(), c.indicators().stream().map(i -> {
                    Row row = c.scheme() == Scheme.GOLD ? rows.get(i.code()) : null;
                    return new NewCatalogueVersion.NewIndicator(i.code(), i.nameDa(), i.nameEn(), i.guidanceDa(),
                            i.guidanceEn(), i.answerKind(), i.unit(), i.thresholdOperator(),
                            row == null ? i.thresholdValue() : i.thresholdOperator() != null && i.thresholdOperator().needsValue() ? row.thresholdValue : null,
                            row == null ? i.minimumRequirement() : row.minimumRequirement,
                            row == null ? i.maxPoints() : row.maxPoints);
                }).toList())).toList();
        return new NewCatalogueVersion(code, title, description, goldPassPercent.movePointLeft(2), categories, goldPassBasis);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public GoldPassBasis getGoldPassBasis() { return goldPassBasis; }
    public void setGoldPassBasis(GoldPassBasis goldPassBasis) { this.goldPassBasis = goldPassBasis; }
    public BigDecimal getGoldPassPercent() { return goldPassPercent; }
    public void setGoldPassPercent(BigDecimal goldPassPercent) { this.goldPassPercent = goldPassPercent; }
    public List<Row> getIndicators() { return indicators; }
    public void setIndicators(List<Row> indicators) { this.indicators = indicators == null ? new ArrayList<>() : indicators; }
}
