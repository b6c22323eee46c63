package dk.ecei.evidence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored evidence document. Never changed once stored. */
@Entity
@Table(name = "evidence_file")
class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected EvidenceFile() {
    }

    EvidenceFile(Long assessmentId, String indicatorCode, Integer coversYear, String fileName, String contentType,
            byte[] content, String sha256, String uploadedBy, Instant uploadedAt) {
        this.assessmentId = assessmentId;
        this.indicatorCode = indicatorCode;
        this.coversYear = coversYear;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    EvidenceView view() {
        return new EvidenceView(id, assessmentId, indicatorCode, coversYear, fileName, contentType, sizeBytes, sha256,
                uploadedBy, uploadedAt);
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

    byte[] getContent() {
        return content;
    }
}
