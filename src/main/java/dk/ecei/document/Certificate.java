package dk.ecei.document;

import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The certificate of one label: its number, the level and the period it states. */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String number;

    @Column(name = "label_id", nullable = false)
    private Long labelId;

    @Column(name = "cluster_id", nullable = false)
    private Long clusterId;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LabelLevel level;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "date_reason")
    private String dateReason;

    @Version
    private long version;

    protected Certificate() {
    }

    Certificate(String number, Long labelId, Long clusterId, Long assessmentId, LabelLevel level, LocalDate validFrom,
            LocalDate validUntil, Instant issuedAt) {
        this.number = number;
        this.labelId = labelId;
        this.clusterId = clusterId;
        this.assessmentId = assessmentId;
        this.level = level;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.issuedAt = issuedAt;
    }

    /** Support staff date the certificate otherwise (a late award, a corrected date); never after its end. */
    void redate(LocalDate newValidFrom, String reason) {
        redate(newValidFrom, validUntil, reason);
    }

    /**
     * Support staff set the period the certificate states (the rule computed the end; a board may issue another
     * day), with a reason; the start never after the end.
     */
    void redate(LocalDate newValidFrom, LocalDate newValidUntil, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.violated("A new date needs a reason",
                    List.of(Violation.at("reason", "rule.reason.missing", "Give a reason")));
        }
        LocalDate until = newValidUntil == null ? validUntil : newValidUntil;
        if (newValidFrom == null || newValidFrom.isAfter(until)) {
            throw BusinessRuleException.violated("The certificate cannot start after it ends",
                    List.of(newValidUntil == null || newValidUntil.equals(validUntil)
                            ? Violation.at("validFrom", "rule.certificate.fromAfterUntil", "From after until", until)
                            : Violation.at("validUntil", "rule.certificate.untilBeforeFrom", "Until before from", newValidFrom)));
        }
        this.validFrom = newValidFrom;
        this.validUntil = until;
        this.dateReason = reason.strip();
    }

    Long getId() {
        return id;
    }

    String getNumber() {
        return number;
    }

    Long getLabelId() {
        return labelId;
    }

    Long getClusterId() {
        return clusterId;
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    LabelLevel getLevel() {
        return level;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidUntil() {
        return validUntil;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    String getDateReason() {
        return dateReason;
    }
}
