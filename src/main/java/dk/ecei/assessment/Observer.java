package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Someone attached to an audit to watch it (for example a regional agency's person): they read the assessment, its
 * evidence and reports, and never score or complete a step.
 */
@Embeddable
public record Observer(
        @Column(name = "username", nullable = false) String username,
        @Column(name = "organisation", nullable = false) String organisation,
        @Column(name = "attached_by", nullable = false) String attachedBy,
        @Column(name = "attached_at", nullable = false) Instant attachedAt) {
}
