package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The cluster's answer to one indicator, as last saved. Its version counts the saves of this one answer (from 1); a
 * save that names an older version is refused (see {@link AnswerDrafts}).
 */
@Embeddable
public record Answer(
        @Column(name = "indicator_id", nullable = false) Long indicatorId,
        @Column(name = "answer_value", nullable = false) String value,
        @Column(name = "updated_by", nullable = false) String updatedBy,
        @Column(name = "updated_at", nullable = false) Instant updatedAt,
        @Column(name = "version", nullable = false) long version) {
}
