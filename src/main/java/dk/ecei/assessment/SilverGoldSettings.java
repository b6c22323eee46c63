package dk.ecei.assessment;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Silver and Gold timing: the deadline of each human task (ISO-8601 durations by step name; a step not named gets
 * {@code defaultDeadline}), the Silver window after the first Bronze benchmark, and the length of a Gold audit.
 */
@ConfigurationProperties("ecei.silver-gold")
@Validated
public record SilverGoldSettings(
        Map<String, Duration> deadlines,
        @DefaultValue("P14D") Duration defaultDeadline,
        @DefaultValue("18") @Min(0) int silverMinMonthsBetweenBronze,
        @DefaultValue("24") @Min(1) int silverMaxMonthsBetweenBronze,
        @DefaultValue("2") @Min(1) int goldAuditDays,
        @DefaultValue("1") @Min(1) int goldRenewalAuditDays,
        @DefaultValue("12") @Min(0) int goldRenewalWindowMonths) {

    public SilverGoldSettings {
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
    }

    Duration deadline(String step) {
        return deadlines.getOrDefault(step, defaultDeadline);
    }
}
