package dk.ecei.assessment;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Silver and Gold rules of timing: the Silver window after the first Bronze benchmark, the length of a Gold audit and
 * the Gold renewal window. The due dates of the steps are {@link StepDeadlines}.
 */
@ConfigurationProperties("ecei.silver-gold")
@Validated
public record SilverGoldSettings(
        @DefaultValue("18") @Min(0) int silverMinMonthsBetweenBronze,
        @DefaultValue("24") @Min(1) int silverMaxMonthsBetweenBronze,
        @DefaultValue("2") @Min(1) int goldAuditDays,
        @DefaultValue("1") @Min(1) int goldRenewalAuditDays,
        @DefaultValue("12") @Min(0) int goldRenewalWindowMonths) {
}
