package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per level, whether a recommendation waits for the body's approval (EUCLES's board, the Cluster Excellence group)
 * before the label is awarded ({@code ecei.approval.bronze}, {@code ecei.approval.silver}, {@code ecei.approval.gold}).
 * Without it the experts' recommendation stands as made, recorded as such; a Bronze report then awards the benchmark
 * label at once, which is why Bronze is off by default.
 */
@ConfigurationProperties("ecei.approval")
public record ApprovalSettings(@DefaultValue("false") boolean bronze, @DefaultValue("true") boolean silver,
        @DefaultValue("true") boolean gold) {

    @ConstructorBinding
    public ApprovalSettings {
    }

    /** Silver and Gold as given, Bronze without an approval step (its default). */
    public ApprovalSettings(boolean silver, boolean gold) {
        this(false, silver, gold);
    }

    public static ApprovalSettings defaults() {
        return new ApprovalSettings(false, true, true);
    }

    public boolean required(LabelLevel level) {
        return switch (level) {
            case BRONZE -> bronze;
            case SILVER -> silver;
            case GOLD -> gold;
        };
    }
}
