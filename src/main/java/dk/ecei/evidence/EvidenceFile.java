package dk.ecei.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One evidence document: its metadata; the bytes are in the {@link EvidenceStore} under the SHA-256 (the store's
 * key). The content never changes once stored.
 */
@Entity
@Table(name = "evidence_file")
class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Guards withdraw/replace against a concurrent one (the loser gets a 409). */
    @jakarta.persistence.Version
    private long version;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Column(name = "covers_year")
    private Integer coversYear;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** The clarification round whose answer carries this file (the expert asked for a document), if any. */
    @Column(name = "clarification_round")
    private Integer clarificationRound;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    /** The file that took this one's place, when it was replaced rather than only withdrawn. */
    @Column(name = "replaced_by")
    private Long replacedBy;

    protected EvidenceFile() {
    }

    EvidenceFile(Long assessmentId, String indicatorCode, Integer coversYear, String fileName, String contentType,
            EvidenceStore.Stored stored, String uploadedBy, Instant uploadedAt) {
        this.assessmentId = assessmentId;
        this.indicatorCode = indicatorCode;
        this.coversYear = coversYear;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = stored.size();
        this.sha256 = stored.key();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    EvidenceView view() {
        return new EvidenceView(id, assessmentId, indicatorCode, coversYear, fileName, contentType, sizeBytes, sha256,
                uploadedBy, uploadedAt, clarificationRound, withdrawnAt, withdrawnBy, withdrawnReason, replacedBy);
    }

    /**
     * Takes the file out of the evidence; the row (and its bytes) stay as history. Withdrawing twice is refused, so
     * two people withdrawing or replacing the same file at once end in one success and one 409.
     */
    void withdraw(String by, Instant at, String reason, Long replacement) {
        if (withdrawnAt != null) {
            throw dk.ecei.shared.IllegalStateChangeException.of("evidenceWithdrawn", String.valueOf(id));
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawnReason = reason;
        this.replacedBy = replacement;
    }

    EvidenceFile answering(Integer round) {
        this.clarificationRound = round;
        return this;
    }

    boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    Long getId() {
        return id;
    }

    String getIndicatorCode() {
        return indicatorCode;
    }

    Integer getCoversYear() {
        return coversYear;
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    /** The key of the bytes in the evidence store. */
    String storeKey() {
        return sha256;
    }

    long getSizeBytes() {
        return sizeBytes;
    }
}
