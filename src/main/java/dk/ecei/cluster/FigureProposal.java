package dk.ecei.cluster;

import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * New eligibility figures a cluster manager proposes for their cluster. Support staff confirm them (the cluster takes
 * them) or reject them with a reason; a decided proposal never changes again.
 */
@Entity
@Table(name = "cluster_figure_proposal")
class FigureProposal {

    enum Status {
        PENDING, CONFIRMED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cluster_id", nullable = false)
    private Long clusterId;

    @Column(name = "secretariat_fte")
    private BigDecimal secretariatFte;

    @Embedded
    private Membership membership;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    private long version;

    protected FigureProposal() {
    }

    FigureProposal(Long clusterId, BigDecimal secretariatFte, Membership membership, String note, String by, Instant now) {
        this.clusterId = clusterId;
        this.secretariatFte = secretariatFte;
        this.membership = membership;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.status = Status.PENDING;
        this.proposedBy = by;
        this.proposedAt = now;
    }

    void confirm(String by, Instant now) {
        decide(Status.CONFIRMED, by, null, now);
    }

    void reject(String by, String reason, Instant now) {
        decide(Status.REJECTED, by, reason.strip(), now);
    }

    private void decide(Status outcome, String by, String reason, Instant now) {
        if (status != Status.PENDING) {
            throw IllegalStateChangeException.of("proposalDecided", String.valueOf(id),
                    Violation.named("proposalStatus." + status, String.valueOf(status)));
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionReason = reason;
    }

    Long getId() { return id; }
    Long getClusterId() { return clusterId; }
    BigDecimal getSecretariatFte() { return secretariatFte; }
    Membership getMembership() { return membership == null ? Membership.unknown() : membership; }
    String getNote() { return note; }
    Status getStatus() { return status; }
    String getProposedBy() { return proposedBy; }
    Instant getProposedAt() { return proposedAt; }
    String getDecidedBy() { return decidedBy; }
    Instant getDecidedAt() { return decidedAt; }
    String getDecisionReason() { return decisionReason; }
}
