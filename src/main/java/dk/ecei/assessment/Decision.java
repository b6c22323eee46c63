package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision on the way to a label: what was decided, by whom, when and why; a decision of the approval body taken
 * at a meeting (with others, as a batch) also names the meeting and its day.
 */
@Embeddable
public record Decision(
        @Column(name = "kind", nullable = false) String kind,
        @Column(name = "outcome", nullable = false) String outcome,
        @Column(name = "reason", nullable = false) String reason,
        @Column(name = "decided_by", nullable = false) String decidedBy,
        @Column(name = "decided_at", nullable = false) Instant decidedAt,
        @Column(name = "meeting_name") String meetingName,
        @Column(name = "meeting_date") LocalDate meetingDate) {

    public Decision(String kind, String outcome, String reason, String decidedBy, Instant decidedAt) {
        this(kind, outcome, reason, decidedBy, decidedAt, null, null);
    }
}
