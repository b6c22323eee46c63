package dk.ecei.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * expiringMonths: how far ahead the list of expiring labels looks. When an assessment is overdue is the step
 * catalogue's deadline ({@link dk.ecei.assessment.StepDeadlines}). countsCache: how long the label counts (by level,
 * against the goal, month by month, above the register) are kept ({@link DashboardCounts}); they are also dropped
 * after every award, withdrawal and expiry. Zero reads them afresh every time. listsCache: how long the dashboard's lists
 * (the assessments in progress refined from the engine, the labels expiring) are kept; every change of an assessment
 * and every label event drops them after its commit, so only what changes without an event (a task claimed in the
 * engine, a renamed cluster, the days in a step) can lag by that much. Zero reads them afresh.
 */
@ConfigurationProperties("ecei.dashboard")
public record DashboardSettings(@DefaultValue("6") int expiringMonths, @DefaultValue("5m") Duration countsCache,
        @DefaultValue("30s") Duration listsCache) {

    public static DashboardSettings defaults() {
        return new DashboardSettings(6, Duration.ofMinutes(5), Duration.ofSeconds(30));
    }
}
