package dk.ecei.evidence;

import java.time.Instant;

/**
 * What is known about an evidence file, without its bytes; {@code coversYear} is the year it documents, if given. A
 * file sent with a clarification answer names its round. A withdrawn file stays listed as history: who withdrew it, when, why, and the file that replaced it (if any).
 */
public record EvidenceView(Long id, Long assessmentId, String indicatorCode, Integer coversYear, String fileName, String contentType,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt, Integer clarificationRound,
        Instant withdrawnAt, String withdrawnBy,
        String withdrawnReason, Long replacedBy) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
