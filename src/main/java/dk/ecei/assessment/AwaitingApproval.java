package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.math.BigDecimal;
import java.time.Instant;

/** A recommendation waiting for the approval body's decision, as the body's list shows it. */
public record AwaitingApproval(Long id, Long clusterId, String clusterName, LabelLevel level, Recommendation recommendation,
        Integer indicatorsMet, Integer indicatorsScored, BigDecimal excellenceShare, String expert, Instant requestedAt) {
}
