package dk.ecei.assessment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Timing of the Bronze benchmark process. */
@ConfigurationProperties("ecei.bronze")
public record BronzeSettings(
        @DefaultValue("P7D") Duration assignmentEscalationAfter) {
}
