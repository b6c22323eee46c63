package dk.ecei.label;

import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.time.LocalDate;
import java.util.List;

/**
 * A label's period ended and the register marked it expired; its cluster's managers and support staff are told,
 * with the last day a renewal assessment still counts as one ({@code renewableUntil}).
 */
public record LabelExpired(Long labelId, Long clusterId, LabelLevel level, LocalDate validUntil, LocalDate renewableUntil)
        implements Notifying {

    @Override
    public List<Notice> notices() {
        return LabelNotices.toClusterAndSupportStaff(clusterId, Kind.EXPIRY, "notice.label.expired",
                Notice.cluster(clusterId), Notice.text("level." + level.name()), validUntil, renewableUntil);
    }
}
