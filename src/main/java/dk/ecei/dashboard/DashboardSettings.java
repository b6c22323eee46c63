package dk.ecei.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * expiringMonths: how far ahead the list of expiring labels looks. When an assessment is overdue is the step
 * catalogue's deadline ({@link dk.ecei.assessment.StepDeadlines}).
 */
@ConfigurationProperties("ecei.dashboard")
public record DashboardSettings(@DefaultValue("6") int expiringMonths) {

    public static DashboardSettings defaults() {
        return new DashboardSettings(6);
    }
}
