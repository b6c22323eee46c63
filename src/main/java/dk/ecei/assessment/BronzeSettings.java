package dk.ecei.assessment;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Timing of the Bronze benchmark process (the escalation of an unassigned request is a step deadline: {@link StepDeadlines}). */
@ConfigurationProperties("ecei.bronze")
public record BronzeSettings(
        @DefaultValue("P90D") Period expiryReminderBefore) {
}
