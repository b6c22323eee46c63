package dk.ecei.label;

import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterView;
import dk.ecei.cluster.Region;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.KeptTotals;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.PageQuery;
import dk.ecei.shared.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national register of labels: awarding, and a label's whole life after the award (the expiry reminder, expiry,
 * withdrawal), and the public look-up. The assessment processes end when the label is written; the nightly
 * bpmn/label-expiry.bpmn expires and reminds.
 */
@Service
@Transactional
public class LabelRegister {

    static final String AGGREGATE = "Label";

    private final LabelRepository labels;
    private final LabelValidityPolicy policy;
    private final ClusterService clusters;
    private final AuditLog audit;
    private final LabelExpirySettings expiry;
    private final LabelValiditySettings validity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The totals of the unrestricted pages (see {@link #page}), per level and day of validity. */
    private final KeptTotals<TotalsFilter> totals;

    private record TotalsFilter(LabelLevel level, LocalDate validOn) {
    }

    LabelRegister(LabelRepository labels, LabelValidityPolicy policy, ClusterService clusters, AuditLog audit,
            LabelExpirySettings expiry, LabelValiditySettings validity, ApplicationEventPublisher events, Clock clock,
            LabelTotalsSettings totals) {
        this.labels = labels;
        this.totals = new KeptTotals<>(totals.totalsCache());
        this.policy = policy;
        this.clusters = clusters;
        this.audit = audit;
        this.expiry = expiry;
        this.validity = validity;
        this.events = events;
        this.clock = clock;
    }

    /** Writes a new label, renewing the cluster's latest label of the same level where the rules say so. */
    public LabelView award(AwardLabel command) {
        // The cluster read once: that it exists, and what the new label's view shows of it.
        Map<Long, ClusterView> cluster = clusters.byIds(Set.of(command.clusterId()));
        if (cluster.isEmpty()) {
            throw NotFoundException.of("cluster", command.clusterId());
        }
        Optional<Label> previous = labels.latestOf(command.clusterId(), command.level());
        Optional<Label> renewed = previous.filter(p -> policy.renews(command.level(), command.assessedOn(), p.period()));
        LocalDate validUntil = policy.validUntil(command.level(), command.assessedOn(), renewed.map(Label::period));
        // Inserted at once (its id is the database's), without a flush of the rest of the transaction's entities.
        Label label = labels.save(new Label(command.clusterId(), command.level(), command.assessedOn(),
                command.awardedOn(), validUntil, command.assessmentId(), renewed.map(Label::getId).orElse(null),
                command.source(), clock.instant()));
        totals.changed();
        List<Violation> detail = new java.util.ArrayList<>(List.of(Violation.of("trail.detail.labelAwarded",
                command.level() + " to cluster " + command.clusterId() + ", valid until " + validUntil,
                Violation.named("level." + command.level().name(), command.level().name()), label.getId(), validUntil)));
        renewed.ifPresent(p -> detail.add(Violation.of("trail.detail.renewsLabel", ", renews label " + p.getId(), p.getId())));
        if (command.assessmentId() != null) {
            detail.add(Violation.of("trail.detail.fromAssessment", ", from assessment " + command.assessmentId(), command.assessmentId()));
        }
        audit.record(AGGREGATE, label.getId(), "AWARDED", detail);
        return view(label, cluster);
    }

    /**
     * Marks every active label whose period has ended as expired, audits each and tells the cluster's managers and
     * support staff ({@link LabelExpired}); returns how many. The nightly label process calls it.
     */
    public int expireEnded() {
        LocalDate today = LocalDate.now(clock);
        List<Label> ended = labels.findByStatusAndValidUntilBefore(LabelStatus.ACTIVE, today);
        ended.forEach(label -> expire(label, today));
        return ended.size();
    }

    /**
     * Reminds of every active, not renewed label that reached a reminder stage it was not reminded at
     * ({@link LabelExpiryApproaching}), and once of every expired, not renewed label whose renewal window closes soon
     * ({@link LabelRenewalWindowClosing}); each audited; returns how many. The nightly label process calls it after
     * {@link #expireEnded()}, so a label whose period already ended is expired, not reminded.
     */
    public int remindExpiringSoon() {
        LocalDate today = LocalDate.now(clock);
        int reminded = 0;
        for (Label label : labels.endingBetween(LabelStatus.ACTIVE, today, today.plusDays(expiry.furthestStage()))) {
            int stage = expiry.stageFor(ChronoUnit.DAYS.between(today, label.getValidUntil()));
            // A night that did not run skips its stage: the next night sends the stage now due, not the missed one.
            if (stage < 0 || label.wasReminded(Label.expiryStage(stage)) || renewed(label)) {
                continue;
            }
            label.remindOfExpiry(today, stage);
            audit.record(AGGREGATE, label.getId(), "EXPIRY_REMINDED", Violation.of("trail.detail.expiryReminded",
                    stage + " days before, valid until " + label.getValidUntil(), stage, label.getValidUntil()));
            events.publishEvent(new LabelExpiryApproaching(label.getId(), label.getClusterId(), label.getLevel(),
                    label.getValidUntil(), stage));
            reminded++;
        }
        LocalDate windowOpenedAfter = today.minusMonths(validity.renewalWindowMonths());
        for (Label label : labels.endingBetween(LabelStatus.EXPIRED, windowOpenedAfter, today)) {
            LocalDate renewableUntil = renewableUntil(label);
            boolean closingSoon = !today.isAfter(renewableUntil)
                    && !today.isBefore(renewableUntil.minusDays(expiry.renewalReminderDays()));
            if (!closingSoon || label.wasReminded(Label.RENEWAL_STAGE) || renewed(label)) {
                continue;
            }
            label.remindOfRenewalWindow(today);
            audit.record(AGGREGATE, label.getId(), "RENEWAL_REMINDED", Violation.of("trail.detail.renewalReminded",
                    "renewable until " + renewableUntil, renewableUntil));
            events.publishEvent(new LabelRenewalWindowClosing(label.getId(), label.getClusterId(), label.getLevel(),
                    label.getValidUntil(), renewableUntil));
            reminded++;
        }
        return reminded;
    }

    private boolean renewed(Label label) {
        return labels.renewedBeyond(label.getClusterId(), label.getLevel(), label.getId(), label.getValidUntil());
    }

    /** The last day a renewal assessment still counts as one (the renewal window after the end). */
    private LocalDate renewableUntil(Label label) {
        return label.getValidUntil().plusMonths(validity.renewalWindowMonths());
    }

    /** Expires one label now; refused while its period runs or when it has already ended otherwise. */
    public LabelView expire(Long labelId) {
        Label label = find(labelId);
        expire(label, LocalDate.now(clock));
        labels.flush();
        return view(label, clusters.byIds(Set.of(label.getClusterId())));
    }

    /** The one way a label expires: guarded by the label, audited, and announced. */
    private void expire(Label label, LocalDate today) {
        label.expire(today);
        totals.changed();
        audit.record(AGGREGATE, label.getId(), "EXPIRED", Violation.of("trail.detail.expired", "valid until " + label.getValidUntil(),
                label.getValidUntil()));
        events.publishEvent(new LabelExpired(label.getId(), label.getClusterId(), label.getLevel(), label.getValidUntil(),
                renewableUntil(label)));
    }

    /**
     * The end date a certificate states, set by support staff with a reason (the rule's date is the default); the
     * register, the nightly expiry and the verification all follow it. Audited with the old date.
     */
    public LabelView setValidUntil(Long labelId, LocalDate validUntil, String reason) {
        Label label = find(labelId);
        LocalDate before = label.getValidUntil();
        label.setValidUntil(validUntil, reason);
        labels.flush();
        totals.changed();
        audit.record(AGGREGATE, labelId, "VALID_UNTIL_SET", "valid until " + before + " -> " + validUntil + ": " + reason.strip());
        return view(label, clusters.byIds(Set.of(label.getClusterId())));
    }

    public LabelView withdraw(Long labelId, String reason) {
        Label label = find(labelId);
        label.withdraw(LocalDate.now(clock), reason);
        labels.saveAndFlush(label); // publishes LabelWithdrawn
        totals.changed();
        audit.record(AGGREGATE, labelId, "WITHDRAWN", reason);
        return view(label, clusters.byIds(Set.of(label.getClusterId())));
    }

    @Transactional(readOnly = true)
    public LabelView get(Long labelId) {
        Label label = find(labelId);
        return view(label, clusters.byIds(Set.of(label.getClusterId())));
    }

    @Transactional(readOnly = true)
    public List<LabelView> ofCluster(Long clusterId) {
        if (!clusters.exists(clusterId)) {
            throw NotFoundException.of("cluster", clusterId);
        }
        Map<Long, ClusterView> cluster = clusters.byIds(Set.of(clusterId));
        return labels.findByClusterIdOrderByAwardedOnDesc(clusterId).stream().map(l -> view(l, cluster)).toList();
    }

    /** Labels filtered by level, by the cluster's field and region, and by validity on a date; every filter optional. */
    @Transactional(readOnly = true)
    public List<LabelView> search(LabelLevel level, ClusterField field, Region region, LocalDate validOn) {
        boolean restrict = field != null || region != null;
        Set<Long> clusterIds = restrict
                ? clusters.idsOf(field, region)
                : Set.of();
        if (restrict && clusterIds.isEmpty()) {
            return List.of();
        }
        List<Label> found = restrict ? labels.searchWithin(level, validOn, clusterIds) : labels.search(level, validOn);
        Map<Long, ClusterView> byId = clusters.byIds(found.stream().map(Label::getClusterId).collect(Collectors.toSet()));
        return found.stream().map(l -> view(l, byId)).toList();
    }

    /**
     * One page of {@link #search} (the API's register): the page and its total in the database, the page's clusters in
     * one batch.
     */
    @Transactional(readOnly = true)
    public ListPage<LabelView> page(LabelLevel level, ClusterField field, Region region, LocalDate validOn, PageQuery page) {
        boolean restrict = field != null || region != null;
        Set<Long> clusterIds = restrict
                ? clusters.idsOf(field, region)
                : Set.of();
        if (restrict && clusterIds.isEmpty()) {
            return ListPage.empty(page);
        }
        PageRequest request = PageRequest.of(page.page(), page.size());
        List<Label> found = restrict ? labels.pageWithin(level, validOn, clusterIds, request) : labels.page(level, validOn, request);
        long total = page.total(found.size(), () -> restrict ? labels.countWithin(level, validOn, clusterIds)
                : totals.of(new TotalsFilter(level, validOn), () -> labels.count(level, validOn)));
        Map<Long, ClusterView> byId = clusters.byIds(found.stream().map(Label::getClusterId).collect(Collectors.toSet()));
        return new ListPage<>(found.stream().map(l -> view(l, byId)).toList(), page.page(), page.size(), total);
    }

    /** The ids of every label in the register, oldest first (for a module that keeps something per label). */
    @Transactional(readOnly = true)
    public List<Long> ids() {
        return labels.allIds();
    }

    /** The labels of {@code ids} that exist, in one read however many. */
    @Transactional(readOnly = true)
    public List<LabelView> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Label> found = labels.findAllById(ids);
        Map<Long, ClusterView> byId = clusters.byIds(found.stream().map(Label::getClusterId).collect(Collectors.toSet()));
        return found.stream().map(l -> view(l, byId)).toList();
    }

    private Label find(Long labelId) {
        return labels.findById(labelId).orElseThrow(() -> NotFoundException.of("label", labelId));
    }

    private static LabelView view(Label l, Map<Long, ClusterView> clustersById) {
        ClusterView c = clustersById.get(l.getClusterId());
        Set<String> fields = c == null ? Set.of() : c.fields().stream().map(Enum::name).collect(Collectors.toSet());
        return new LabelView(l.getId(), l.getClusterId(), c == null ? null : c.name(), fields,
                c == null || c.region() == null ? null : c.region().name(), l.getLevel(), l.getAssessedOn(),
                l.getAwardedOn(), l.getValidUntil(), l.getStatus(), l.getAssessmentId(), l.getPreviousLabelId(),
                l.getSource());
    }
}
