package dk.ecei.dashboard;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The national label goal (goal 5 of the cluster strategy 2016-2018: at least 10 Gold and 10 Silver clusters).
 * Bronze has no goal unless one is set.
 */
@ConfigurationProperties("ecei.goals")
@Validated
public record GoalSettings(
        @DefaultValue("10") @Min(0) int gold,
        @DefaultValue("10") @Min(0) int silver,
        @Min(0) Integer bronze) {

    public static GoalSettings reference() {
        return new GoalSettings(10, 10, null);
    }

    /** The goal for a level, or null when that level has none. */
    public Integer of(dk.ecei.label.LabelLevel level) {
        return switch (level) {
            case GOLD -> gold;
            case SILVER -> silver;
            case BRONZE -> bronze;
        };
    }
}
