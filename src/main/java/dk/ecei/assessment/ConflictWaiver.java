package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A recorded exception to the impartiality rule: support staff let an assessor with a tie to the cluster take the
 * assignment, with why and who approved it. {@code conflicts} are the waived refusals, stored as codes
 * ({@link dk.ecei.shared.Violation#stored}) so each reader reads them in their language.
 */
@Embeddable
public record ConflictWaiver(
        @Column(name = "assessor_username", nullable = false) String assessor,
        @Column(name = "conflicts", nullable = false) String conflicts,
        @Column(name = "reason", nullable = false) String reason,
        @Column(name = "approved_by", nullable = false) String approvedBy,
        @Column(name = "recorded_by", nullable = false) String recordedBy,
        @Column(name = "recorded_at", nullable = false) Instant recordedAt) {
}
