package dk.ecei.dashboard;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * expiringMonths: how far ahead the list of expiring labels looks. stepDeadlines: how long an assessment may stay
 * in a status (since its last change) before the dashboard calls it overdue; statuses without a deadline never are.
 * No ECEI text fixes these; the defaults follow the Bronze escalation (7 days to assign an expert) and the
 * published lead times (self-assessment a few weeks, report within about 5 weeks).
 */
@ConfigurationProperties("ecei.dashboard")
public record DashboardSettings(
        @DefaultValue("6") int expiringMonths,
        Map<String, Duration> stepDeadlines) {

    public DashboardSettings {
        if (stepDeadlines == null || stepDeadlines.isEmpty()) {
            stepDeadlines = defaultDeadlines();
        }
        stepDeadlines = Map.copyOf(stepDeadlines);
    }

    public static DashboardSettings defaults() {
        return new DashboardSettings(6, defaultDeadlines());
    }

    private static Map<String, Duration> defaultDeadlines() {
        return Map.of("REQUESTED", Duration.ofDays(7), "SELF_ASSESSMENT", Duration.ofDays(30),
                "UNDER_REVIEW", Duration.ofDays(35), "CLARIFICATION_REQUESTED", Duration.ofDays(14));
    }
}
