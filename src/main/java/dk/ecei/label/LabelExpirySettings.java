package dk.ecei.label;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the nightly label process reminds a cluster's managers and support staff of a label's end: this long before
 * its last valid day (90 days, as the assessment processes did before the label module took the reminder over).
 */
@ConfigurationProperties("ecei.labels")
public record LabelExpirySettings(@DefaultValue("P90D") Period expiryReminderBefore) {

    public static LabelExpirySettings ecei() {
        return new LabelExpirySettings(Period.ofDays(90));
    }
}
