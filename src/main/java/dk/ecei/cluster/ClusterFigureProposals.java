package dk.ecei.cluster;

import dk.ecei.security.CurrentUser;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.CurrentActor;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures that decide eligibility (secretariat FTE, committed members) change only by support staff: a cluster's
 * manager proposes new ones, support staff confirm or reject the proposal. Each step is in the cluster's audit trail.
 */
@Service
@Transactional
public class ClusterFigureProposals {

    /** Lists of proposals are short by nature (one pending per cluster); this keeps an old backlog from loading whole. */
    static final int PAGE = 200;

    private final ClusterRepository clusters;
    private final FigureProposalRepository proposals;
    private final AuditLog audit;
    private final Clock clock;

    ClusterFigureProposals(ClusterRepository clusters, FigureProposalRepository proposals, AuditLog audit, Clock clock) {
        this.clusters = clusters;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cluster's own managers propose; one proposal waits at a time, so support staff never decide on a stale one. */
    public FigureProposalView propose(Long clusterId, ClusterFigures.Proposal proposal) {
        CurrentUser user = CurrentUser.get();
        if (!user.managesCluster(clusterId)) {
            throw new AccessDeniedException("Only the cluster's own managers propose new figures");
        }
        Cluster cluster = clusters.findById(clusterId).orElseThrow(() -> NotFoundException.of("cluster", clusterId));
        if (proposals.existsByClusterIdAndStatus(clusterId, FigureProposal.Status.PENDING)) {
            throw ConflictException.of("proposalWaiting", String.valueOf(clusterId));
        }
        ClusterDetails.MembershipCounts.requireSmesWithinCompanies(proposal.members(), "members.smes");
        Membership members = proposal.members().toMembership();
        FigureProposal saved = proposals.saveAndFlush(new FigureProposal(cluster.getId(), proposal.secretariatFte(),
                members, proposal.note(), CurrentActor.name(), clock.instant()));
        List<Violation> detail = new java.util.ArrayList<>(List.of(Violation.of("trail.detail.figuresProposed",
                "proposal " + saved.getId() + ": " + figuresText(proposal.secretariatFte(), members), saved.getId(),
                figures(proposal.secretariatFte(), members))));
        if (saved.getNote() != null) {
            detail.add(Violation.of("trail.detail.note", ", note=" + saved.getNote(), saved.getNote()));
        }
        audit.record(ClusterService.AGGREGATE, clusterId, "FIGURES_PROPOSED", detail);
        return FigureProposalView.of(saved);
    }

    @PreAuthorize("hasRole('support-staff')")
    public FigureProposalView confirm(Long proposalId) {
        FigureProposal proposal = find(proposalId);
        Cluster cluster = clusters.findById(proposal.getClusterId())
                .orElseThrow(() -> NotFoundException.of("cluster", proposal.getClusterId()));
        String before = figuresText(cluster.getSecretariatFte(), cluster.getMembership());
        Violation figuresBefore = figures(cluster.getSecretariatFte(), cluster.getMembership());
        proposal.confirm(CurrentActor.name(), clock.instant());
        cluster.applyFigures(proposal.getSecretariatFte(), proposal.getMembership(), clock.instant());
        clusters.flush();
        String after = figuresText(cluster.getSecretariatFte(), cluster.getMembership());
        audit.record(ClusterService.AGGREGATE, cluster.getId(), "FIGURES_CONFIRMED", Violation.of("trail.detail.figuresConfirmed",
                "proposal " + proposalId + " by " + proposal.getProposedBy() + ": " + before + " -> " + after, proposalId,
                Violation.person(proposal.getProposedBy()), figuresBefore,
                figures(cluster.getSecretariatFte(), cluster.getMembership())));
        return FigureProposalView.of(proposal);
    }

    @PreAuthorize("hasRole('support-staff')")
    public FigureProposalView reject(Long proposalId, String reason) {
        FigureProposal proposal = find(proposalId);
        proposal.reject(CurrentActor.name(), reason, clock.instant());
        proposals.flush();
        audit.record(ClusterService.AGGREGATE, proposal.getClusterId(), "FIGURES_REJECTED", Violation.of("trail.detail.figuresRejected",
                "proposal " + proposalId + " by " + proposal.getProposedBy() + ": ", proposalId,
                Violation.person(proposal.getProposedBy())), Violation.text(reason.strip()));
        return FigureProposalView.of(proposal);
    }

    /** What waits for support staff, oldest first. */
    @PreAuthorize("hasRole('support-staff')")
    @Transactional(readOnly = true)
    public List<FigureProposalView> pending() {
        return proposals.findByStatusOrderByProposedAtAscIdAsc(FigureProposal.Status.PENDING, PageRequest.of(0, PAGE))
                .stream().map(FigureProposalView::of).toList();
    }

    /** A cluster's proposals, newest first: for its own managers and support staff. */
    @Transactional(readOnly = true)
    public List<FigureProposalView> ofCluster(Long clusterId) {
        CurrentUser user = CurrentUser.get();
        if (!user.isSupportStaff() && !user.managesCluster(clusterId)) {
            throw new AccessDeniedException("Only support staff and the cluster's own managers see its proposals");
        }
        if (!clusters.existsById(clusterId)) {
            throw NotFoundException.of("cluster", clusterId);
        }
        return proposals.findByClusterIdOrderByProposedAtDescIdDesc(clusterId, PageRequest.of(0, PAGE)).stream()
                .map(FigureProposalView::of).toList();
    }

    /** The cluster a proposal is for (support staff). */
    @PreAuthorize("hasRole('support-staff')")
    @Transactional(readOnly = true)
    public Long clusterOf(Long proposalId) {
        return find(proposalId).getClusterId();
    }

    private FigureProposal find(Long id) {
        return proposals.findById(id).orElseThrow(() -> NotFoundException.of("proposal", id));
    }

    /** The figures as the reader reads them: the secretariat's FTE and the members by kind, numbers their way. */
    private static Violation figures(BigDecimal fte, Membership m) {
        ClusterDetails.MembershipCounts c = ClusterDetails.MembershipCounts.of(m);
        return Violation.of("trail.detail.figures", figuresText(fte, m), fte == null ? "–" : fte,
                Violation.of("cluster.membersText", null, count(c.companies()), count(c.smes()),
                        count(c.knowledgeInstitutions()), count(c.publicActors()), count(c.other())));
    }

    private static Object count(Integer n) {
        return n == null ? "–" : n;
    }

    /** The same for the log and the stored default text. */
    private static String figuresText(BigDecimal fte, Membership m) {
        return "fte=" + (fte == null ? null : fte.stripTrailingZeros().toPlainString()) + ", members=" + ClusterDetails.MembershipCounts.of(m);
    }
}
