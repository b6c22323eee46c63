package dk.ecei.label;

import java.time.LocalDate;

/** Support staff withdrew a label: from {@code withdrawnOn} on the cluster no longer holds it. */
public record LabelWithdrawn(Long labelId, Long clusterId, LabelLevel level, LocalDate withdrawnOn) {
}
