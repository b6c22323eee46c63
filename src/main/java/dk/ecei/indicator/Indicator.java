package dk.ecei.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One indicator: what is asked, the kind of answer, and for Gold indicators the threshold that counts as met. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_da", nullable = false)
    private String nameDa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "guidance_da")
    private String guidanceDa;

    @Column(name = "guidance_en")
    private String guidanceEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_kind", nullable = false)
    private AnswerKind answerKind;

    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "threshold_operator")
    private ThresholdOperator thresholdOperator;

    @Column(name = "threshold_value")
    private BigDecimal thresholdValue;

    @Column(name = "minimum_requirement", nullable = false)
    private boolean minimumRequirement;

    @Column(nullable = false)
    private int position;

    /** What the indicator is worth when met, under a points-based Gold pass rule. */
    @Column(name = "max_points", nullable = false)
    private int maxPoints = 1;

    protected Indicator() {
    }

    Indicator(String code, String nameDa, String nameEn, String guidanceDa, String guidanceEn, AnswerKind answerKind,
            String unit, ThresholdOperator thresholdOperator, BigDecimal thresholdValue, boolean minimumRequirement,
            int maxPoints, int position) {
        this.maxPoints = maxPoints;
        this.code = code;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
        this.guidanceDa = guidanceDa;
        this.guidanceEn = guidanceEn;
        this.answerKind = answerKind;
        this.unit = unit;
        this.thresholdOperator = thresholdOperator;
        this.thresholdValue = thresholdValue;
        this.minimumRequirement = minimumRequirement;
        this.position = position;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameDa() {
        return nameDa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getGuidanceDa() {
        return guidanceDa;
    }

    public String getGuidanceEn() {
        return guidanceEn;
    }

    public AnswerKind getAnswerKind() {
        return answerKind;
    }

    public String getUnit() {
        return unit;
    }

    public ThresholdOperator getThresholdOperator() {
        return thresholdOperator;
    }

    public BigDecimal getThresholdValue() {
        return thresholdValue;
    }

    public boolean isMinimumRequirement() {
        return minimumRequirement;
    }

    public int getPosition() {
        return position;
    }
}
