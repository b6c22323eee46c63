package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A decision on the way to a label: what was decided, by whom, when and why. */
@Embeddable
public record Decision(
        @Column(name = "kind", nullable = false) String kind,
        @Column(name = "outcome", nullable = false) String outcome,
        @Column(name = "reason", nullable = false) String reason,
        @Column(name = "decided_by", nullable = false) String decidedBy,
        @Column(name = "decided_at", nullable = false) Instant decidedAt) {
}
