package dk.ecei.label;

import java.time.LocalDate;

/** An active, not yet renewed label ends within the reminder lead time; sent once per label. */
public record LabelExpiryApproaching(Long labelId, Long clusterId, LabelLevel level, LocalDate validUntil) {
}
