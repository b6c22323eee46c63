package dk.ecei.label;

import java.time.LocalDate;

/** A label's period ended and the register marked it expired; its cluster's managers and support staff are told. */
public record LabelExpired(Long labelId, Long clusterId, LabelLevel level, LocalDate validUntil) {
}
