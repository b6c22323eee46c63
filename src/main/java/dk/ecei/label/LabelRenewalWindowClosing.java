package dk.ecei.label;

import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.time.LocalDate;
import java.util.List;

/** An expired label was not renewed and its renewal window is still open, until {@code renewableUntil}; sent once. */
public record LabelRenewalWindowClosing(Long labelId, Long clusterId, LabelLevel level, LocalDate validUntil,
        LocalDate renewableUntil) implements Notifying {

    @Override
    public List<Notice> notices() {
        return LabelNotices.toClusterAndSupportStaff(clusterId, Kind.EXPIRY, "notice.label.renewalOpen",
                Notice.cluster(clusterId), Notice.text("level." + level.name()), validUntil, renewableUntil);
    }
}
