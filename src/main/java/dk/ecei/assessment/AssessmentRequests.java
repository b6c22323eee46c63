package dk.ecei.assessment;

import static dk.ecei.assessment.BronzeProcess.KEY;
import static dk.ecei.assessment.BronzeProcess.MESSAGE_WITHDRAWN;
import static dk.ecei.assessment.BronzeProcess.VAR_ESCALATION_AFTER;
import static dk.ecei.assessment.SilverGoldProcess.GOLD_KEY;
import static dk.ecei.assessment.SilverGoldProcess.SILVER_KEY;

import dk.ecei.cluster.ClusterService;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelStatus;
import dk.ecei.label.LabelValidityPolicy;
import dk.ecei.label.LabelView;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Violation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cluster's requests and their end by withdrawal: who may request, whether the cluster is eligible and meets the
 * scheme's prerequisites (Silver: two Bronze benchmarks 18 to 24 months apart, or a renewal; Gold: a renewal within
 * a year of the last Gold label), one open assessment per scheme, then the aggregate and its process.
 */
@Service
@Transactional
public class AssessmentRequests {

    private final AssessmentSteps steps;
    private final AssessmentRepository assessments;
    private final ClusterService clusters;
    private final CatalogueService catalogue;
    private final LabelRegister labels;
    private final LabelValidityPolicy validity;
    private final StepDeadlines deadlines;
    private final SilverGoldSettings settings;

    AssessmentRequests(AssessmentSteps steps, AssessmentRepository assessments, ClusterService clusters,
            CatalogueService catalogue, LabelRegister labels, LabelValidityPolicy validity, StepDeadlines deadlines,
            SilverGoldSettings settings) {
        this.steps = steps;
        this.assessments = assessments;
        this.clusters = clusters;
        this.catalogue = catalogue;
        this.labels = labels;
        this.validity = validity;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    /** A cluster manager (or support staff on the cluster's behalf) requests a Bronze benchmark. */
    public AssessmentView requestBenchmark(Long clusterId) {
        requireMayRequest(clusterId, "a benchmark");
        if (assessments.hasOpen(clusterId, LabelLevel.BRONZE)) {
            throw ConflictException.of("assessmentOpen", String.valueOf(clusterId),
                    Violation.named("level.BRONZE", "Bronze"));
        }
        CatalogueView version = catalogue.current();
        AssessmentSteps.Started<BronzeBenchmark> started = steps.start(new BronzeBenchmark(clusterId, version.id(), CurrentUser.get().username(),
                steps.now()), KEY, Map.of(VAR_ESCALATION_AFTER, deadlines.of(Step.ASSIGN_BENCHMARK_EXPERT).toString()),
                List.of(Violation.of("trail.detail.requested.BRONZE", "Bronze benchmark for cluster " + clusterId
                        + " with catalogue " + version.code(), version.code())));
        return steps.view(started.assessment(), started.waitingAt());
    }

    /**
     * Silver needs a second Bronze benchmark 1.5 to 2 years after the first, both in the register. A cluster whose
     * Silver label is still valid or expired at most {@code ecei.labels.renewal-window-months} ago renews it: the
     * Bronze steps lie behind it, so only the improvement areas and the audit remain.
     */
    public AssessmentView requestSilver(Long clusterId) {
        requireMayRequest(clusterId, "a Silver assessment");
        List<LabelView> clusterLabels = labels.ofCluster(clusterId);
        Optional<LabelView> renewed = latest(clusterLabels, LabelLevel.SILVER)
                .filter(l -> validity.withinRenewalWindow(steps.today(), l.validUntil()));
        List<Violation> reasons = renewed.isPresent() ? List.of() : silverPrerequisiteProblems(clusterLabels);
        if (!reasons.isEmpty()) {
            throw BusinessRuleException.violated("The cluster cannot apply for Silver yet", reasons);
        }
        requireNoneOpen(clusterId);
        CatalogueView version = catalogue.current();
        AssessmentSteps.Started<SilverAssessment> started = steps.start(new SilverAssessment(clusterId, version.id(), CurrentUser.get().username(),
                steps.now(), renewed.isPresent(), renewed.map(LabelView::assessmentId).orElse(null)), SILVER_KEY, Map.of(),
                requested(renewed.isPresent(), LabelLevel.SILVER, clusterId, version, renewed.orElse(null),
                        renewed.map(LabelView::assessmentId).orElse(null)));
        return steps.view(started.assessment(), started.waitingAt());
    }

    /** Gold starts with the gap analysis; within a year of the last Gold label's expiry it is a renewal. */
    public AssessmentView requestGold(Long clusterId) {
        requireMayRequest(clusterId, "a Gold assessment");
        requireNoneOpen(clusterId);
        LocalDate today = steps.today();
        Optional<LabelView> lastGold = latest(labels.ofCluster(clusterId), LabelLevel.GOLD);
        boolean renewal = lastGold.filter(l -> !today.isBefore(l.validUntil().minusMonths(settings.goldRenewalWindowMonths()))
                && !today.isAfter(l.validUntil().plusMonths(settings.goldRenewalWindowMonths()))).isPresent();
        GoldAssessment previous = assessments.findFirstByClusterIdAndLevelAndStatusOrderByCompletedAtDesc(clusterId,
                LabelLevel.GOLD, AssessmentStatus.COMPLETED).map(a -> AssessmentSteps.as(a, GoldAssessment.class)).orElse(null);
        CatalogueView version = catalogue.current();
        AssessmentSteps.Started<GoldAssessment> started = steps.start(new GoldAssessment(clusterId, version.id(), CurrentUser.get().username(),
                steps.now(), previous, renewal), GOLD_KEY, Map.of(),
                requested(renewal, LabelLevel.GOLD, clusterId, version, null, previous == null ? null : previous.getId()));
        return steps.view(started.assessment(), started.waitingAt());
    }

    /** The audit trail's record of a Silver or Gold request: what kind, which catalogue, which label it renews. */
    private static List<Violation> requested(boolean renewal, LabelLevel level, Long clusterId, CatalogueView version,
            LabelView renews, Long comparedWith) {
        String name = level == LabelLevel.SILVER ? "Silver" : "Gold";
        List<Violation> detail = new java.util.ArrayList<>();
        detail.add(Violation.of("trail.detail.requested." + level + (renewal ? ".renewal" : ""), name + (renewal ? " renewal" : " assessment")
                + " for cluster " + clusterId + " with catalogue " + version.code(), version.code()));
        if (renews != null) {
            detail.add(Violation.of("trail.detail.renews", ", renews label " + renews.id() + " valid until " + renews.validUntil(),
                    renews.id(), renews.validUntil()));
        }
        if (comparedWith != null) {
            detail.add(Violation.of("trail.detail.comparedWith", ", compared with assessment " + comparedWith, comparedWith));
        }
        return detail;
    }

    /** The cluster or the support function withdraws; the process ends and the history stays. */
    public AssessmentView withdraw(Long id, String reason) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        if (!user.managesCluster(assessment.getClusterId()) && !user.isSupportStaff()) {
            throw new AccessDeniedException("Only the cluster's managers or support staff withdraw an assessment");
        }
        assessment.withdraw(user.username(), reason, steps.now());
        steps.save(assessment);
        if (steps.isRunning(assessment)) {
            steps.message(assessment, MESSAGE_WITHDRAWN);
        }
        return steps.view(assessment);
    }

    /** Only the cluster's managers or support staff request an assessment, and only for an eligible cluster. */
    private void requireMayRequest(Long clusterId, String what) {
        CurrentUser user = CurrentUser.get();
        if (!user.managesCluster(clusterId) && !user.isSupportStaff()) {
            throw new AccessDeniedException("Only the cluster's managers or support staff request " + what);
        }
        if (clusterId == null) {
            throw NotFoundException.of("cluster", clusterId);
        }
        // Reads the cluster, and answers "not found" for one that is not registered.
        List<Violation> reasons = clusters.eligibilityViolations(clusterId);
        if (!reasons.isEmpty()) {
            throw BusinessRuleException.violated("The cluster is not eligible for " + what, reasons);
        }
    }

    private void requireNoneOpen(Long clusterId) {
        for (LabelLevel level : List.of(LabelLevel.SILVER, LabelLevel.GOLD)) {
            if (assessments.hasOpen(clusterId, level)) {
                throw ConflictException.of("assessmentOpen", String.valueOf(clusterId),
                        Violation.named("level." + level, level.name()));
            }
        }
    }

    /** The cluster's label of the level that runs longest, withdrawn ones aside. */
    static Optional<LabelView> latest(List<LabelView> clusterLabels, LabelLevel level) {
        return clusterLabels.stream().filter(l -> l.level() == level && l.status() != LabelStatus.WITHDRAWN)
                .max(Comparator.comparing(LabelView::validUntil));
    }

    /** Whether the Bronze labels in the register allow a Silver application: every reason why not, as message codes. */
    List<Violation> silverPrerequisiteProblems(List<LabelView> clusterLabels) {
        List<LabelView> bronze = clusterLabels.stream()
                .filter(l -> l.level() == LabelLevel.BRONZE && l.status() != LabelStatus.WITHDRAWN && l.assessedOn() != null)
                .sorted(Comparator.comparing(LabelView::assessedOn).reversed()).toList();
        if (bronze.size() < 2) {
            return List.of(Violation.of("request.silverTwoBronze",
                    "Silver needs two Bronze benchmarks in the register; the cluster has " + bronze.size(), bronze.size()));
        }
        LocalDate second = bronze.get(0).assessedOn();
        LocalDate first = bronze.get(1).assessedOn();
        LocalDate earliest = first.plusMonths(settings.silverMinMonthsBetweenBronze());
        LocalDate latest = first.plusMonths(settings.silverMaxMonthsBetweenBronze());
        if (second.isBefore(earliest) || second.isAfter(latest)) {
            return List.of(Violation.of("request.silverBronzeSpacing", "The second Bronze benchmark (" + second
                    + ") must be held " + settings.silverMinMonthsBetweenBronze() + " to "
                    + settings.silverMaxMonthsBetweenBronze() + " months after the first (" + first + "), that is from "
                    + earliest + " to " + latest, second, settings.silverMinMonthsBetweenBronze(),
                    settings.silverMaxMonthsBetweenBronze(), first, earliest, latest));
        }
        return List.of();
    }
}
