package dk.ecei.label;

import java.time.LocalDate;

/** The command that writes a label to the register at the end of an assessment. */
public record AwardLabel(Long clusterId, LabelLevel level, LocalDate assessedOn, LocalDate awardedOn, Long assessmentId,
        String source) {
}
