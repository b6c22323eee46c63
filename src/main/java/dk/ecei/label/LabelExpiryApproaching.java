package dk.ecei.label;

import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.time.LocalDate;
import java.util.List;

/**
 * An active, not yet renewed label reached a reminder stage ({@code stageDays} before its last valid day); each
 * stage of a label is announced once.
 */
public record LabelExpiryApproaching(Long labelId, Long clusterId, LabelLevel level, LocalDate validUntil, int stageDays)
        implements Notifying {

    @Override
    public List<Notice> notices() {
        return LabelNotices.toClusterAndSupportStaff(clusterId, Kind.EXPIRY, "notice.label.expiring",
                Notice.cluster(clusterId), Notice.text("level." + level.name()), validUntil, stageDays);
    }
}
