package dk.ecei.evidence;

import java.time.Instant;

/** What is known about an evidence file, without its bytes; {@code coversYear} is the year it documents, if given. */
public record EvidenceView(Long id, Long assessmentId, String indicatorCode, Integer coversYear, String fileName, String contentType,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
