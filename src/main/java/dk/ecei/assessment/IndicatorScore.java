package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One expert's judgement of one indicator in a Gold audit: met or not, with a note. */
@Embeddable
public record IndicatorScore(
        @Column(name = "indicator_code", nullable = false) String indicatorCode,
        @Column(name = "scored_by", nullable = false) String scoredBy,
        @Column(name = "met", nullable = false) boolean met,
        @Column(name = "note", nullable = false) String note,
        @Column(name = "scored_at", nullable = false) Instant scoredAt) {
}
