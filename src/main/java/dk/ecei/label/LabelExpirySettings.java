package dk.ecei.label;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the nightly label process tells a cluster's managers and support staff of a label's end: at each of the
 * stages before its last valid day (by default 90, 60, 30 and 7 days, each stage once), and, after the label
 * expired, once more {@code renewalReminderDays} before its renewal window closes.
 */
@ConfigurationProperties("ecei.labels")
@Validated
public record LabelExpirySettings(
        @DefaultValue({"90", "60", "30", "7"}) @NotEmpty List<@Positive Integer> expiryReminderDays,
        @DefaultValue("30") @Min(0) int renewalReminderDays) {

    public LabelExpirySettings {
        // Largest first: the stage due on a day is the smallest one the days left have reached.
        expiryReminderDays = expiryReminderDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public static LabelExpirySettings ecei() {
        return new LabelExpirySettings(List.of(90, 60, 30, 7), 30);
    }

    /** The furthest stage: labels ending later than this are not yet reminded. */
    int furthestStage() {
        return expiryReminderDays.get(0);
    }

    /** The stage due for a label with {@code daysLeft} days to go: the smallest stage not below them; -1 if none. */
    int stageFor(long daysLeft) {
        return expiryReminderDays.stream().filter(stage -> daysLeft <= stage).reduce((a, b) -> b).orElse(-1);
    }
}
