package dk.ecei.cluster;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which eligibility profile (table eligibility_profile) decides who may apply for a label: ECEI by default, the
 * Danish national programme's DK-NATIONAL is one setting away. The profiles themselves are data, not settings.
 */
@ConfigurationProperties("ecei.eligibility")
@Validated
public record EligibilitySettings(@DefaultValue("ECEI") @NotBlank String profile) {
}
