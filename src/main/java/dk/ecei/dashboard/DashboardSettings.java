package dk.ecei.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * expiringMonths: how far ahead the list of expiring labels looks. When an assessment is overdue is the step
 * catalogue's deadline ({@link dk.ecei.assessment.StepDeadlines}). countsCache: how long the label counts (by level,
 * against the goal, month by month, above the register) are kept ({@link DashboardCounts}); they are also dropped
 * after every award, withdrawal and expiry. Zero reads them afresh every time.
 */
@ConfigurationProperties("ecei.dashboard")
public record DashboardSettings(@DefaultValue("6") int expiringMonths, @DefaultValue("5m") Duration countsCache) {

    public static DashboardSettings defaults() {
        return new DashboardSettings(6, Duration.ofMinutes(5));
    }
}
