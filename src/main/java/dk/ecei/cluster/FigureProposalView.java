package dk.ecei.cluster;

import java.math.BigDecimal;
import java.time.Instant;

/** A proposal of new eligibility figures as API clients and pages see it. */
public record FigureProposalView(
        Long id,
        Long clusterId,
        BigDecimal secretariatFte,
        ClusterDetails.MembershipCounts members,
        String note,
        String status,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionReason) {

    static FigureProposalView of(FigureProposal p) {
        return new FigureProposalView(p.getId(), p.getClusterId(), p.getSecretariatFte(),
                ClusterDetails.MembershipCounts.of(p.getMembership()), p.getNote(), p.getStatus().name(),
                p.getProposedBy(), p.getProposedAt(), p.getDecidedBy(), p.getDecidedAt(), p.getDecisionReason());
    }

    public boolean pending() {
        return FigureProposal.Status.PENDING.name().equals(status);
    }
}
