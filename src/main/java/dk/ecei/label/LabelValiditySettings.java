package dk.ecei.label;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long labels last. The defaults are the published ECEI rules: a label is valid 2 years from the month of
 * the assessment; a Bronze benchmark renewed up to 1 year after expiry runs 3 years from the end of the previous
 * period.
 */
@ConfigurationProperties("ecei.labels")
@Validated
public record LabelValiditySettings(
        @DefaultValue("24") @Min(1) int validityMonths,
        @DefaultValue("12") @Min(0) int renewalWindowMonths,
        @DefaultValue("36") @Min(1) int bronzeRenewalExtensionMonths) {

    public static LabelValiditySettings ecei() {
        return new LabelValiditySettings(24, 12, 36);
    }
}
