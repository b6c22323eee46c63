package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The score that counts for one indicator: the experts' common judgement, or the one they agreed, with its note. */
@Embeddable
public record FinalScore(
        @Column(name = "met", nullable = false) boolean met,
        @Column(name = "note", nullable = false) String note,
        @Column(name = "decided_by", nullable = false) String decidedBy,
        @Column(name = "decided_at", nullable = false) Instant decidedAt) {
}
