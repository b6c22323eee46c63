package dk.ecei.cluster;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may apply for a label. The defaults are the ECCP-style ECEI eligibility (0.5 FTE, 15 committed members, two
 * kinds of member); the Danish programme is stricter (1 FTE, 20 companies) and is one configuration away.
 */
@ConfigurationProperties("ecei.eligibility")
@Validated
public record EligibilitySettings(
        @DefaultValue("0.5") @DecimalMin("0") BigDecimal minSecretariatFte,
        @DefaultValue("15") @Min(0) int minCommittedMembers,
        @DefaultValue("0") @Min(0) int minCompanies,
        @DefaultValue("2") @Min(1) int minMemberKinds) {

    public static EligibilitySettings ecei() {
        return new EligibilitySettings(new BigDecimal("0.5"), 15, 0, 2);
    }
}
