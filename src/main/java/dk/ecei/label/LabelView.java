package dk.ecei.label;

import java.time.LocalDate;
import java.util.Set;

/** A label in the register, with the cluster's name, fields and region for filtering and display. */
public record LabelView(
        Long id,
        Long clusterId,
        String clusterName,
        Set<String> fields,
        String region,
        LabelLevel level,
        LocalDate assessedOn,
        LocalDate awardedOn,
        LocalDate validUntil,
        LabelStatus status,
        Long assessmentId,
        Long previousLabelId,
        String source) {
}
