package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per level, whether a recommendation waits for the body's approval (EUCLES's board, the Cluster Excellence group)
 * before the label is awarded ({@code ecei.approval.silver}, {@code ecei.approval.gold}). Without it the experts'
 * recommendation stands as made, recorded as such. Bronze has no recommendation to approve: its report awards the
 * benchmark label, so it has no setting.
 */
@ConfigurationProperties("ecei.approval")
public record ApprovalSettings(@DefaultValue("true") boolean silver, @DefaultValue("true") boolean gold) {

    public static ApprovalSettings defaults() {
        return new ApprovalSettings(true, true);
    }

    public boolean required(LabelLevel level) {
        return switch (level) {
            case BRONZE -> false;
            case SILVER -> silver;
            case GOLD -> gold;
        };
    }
}
