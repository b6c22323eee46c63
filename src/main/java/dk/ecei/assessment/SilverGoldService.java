package dk.ecei.assessment;

import static dk.ecei.assessment.BronzeProcess.VAR_EXPERT;
import static dk.ecei.assessment.SilverGoldProcess.*;

import dk.ecei.assessment.AssessmentCommands.AgreeFinalScores;
import dk.ecei.assessment.AssessmentCommands.Approval;
import dk.ecei.assessment.AssessmentCommands.AssignExperts;
import dk.ecei.assessment.AssessmentCommands.ImprovementAreaForm;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.assessment.AssessmentCommands.ScoreIndicators;
import dk.ecei.assessment.AssessmentCommands.SilverAudit;
import dk.ecei.assessor.AssessorService;
import dk.ecei.assessor.Qualification;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.Scheme;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelStatus;
import dk.ecei.label.LabelValidityPolicy;
import dk.ecei.label.LabelView;
import dk.ecei.notification.NotificationService;
import dk.ecei.security.CurrentUser;
import dk.ecei.security.Roles;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.workflow.TaskView;
import dk.ecei.workflow.WorkflowEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Silver and Gold steps. They share the Bronze steps' plumbing in {@link AssessmentService} (who may see and
 * complete a step, the process start, the label award); the aggregate guards every move.
 */
@Service
@Transactional
public class SilverGoldService {

    private static final String AGGREGATE = AssessmentService.AGGREGATE;

    private final AssessmentService steps;
    private final AssessmentRepository assessments;
    private final CatalogueService catalogue;
    private final AssessorService assessors;
    private final LabelRegister labels;
    private final LabelValidityPolicy validity;
    private final WorkflowEngine workflow;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final SilverGoldSettings settings;
    private final Clock clock;

    SilverGoldService(AssessmentService steps, AssessmentRepository assessments, CatalogueService catalogue,
            AssessorService assessors, LabelRegister labels, LabelValidityPolicy validity, WorkflowEngine workflow,
            NotificationService notifications, AuditLog audit, SilverGoldSettings settings, Clock clock) {
        this.steps = steps;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.assessors = assessors;
        this.labels = labels;
        this.validity = validity;
        this.workflow = workflow;
        this.notifications = notifications;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    // --- requests ---------------------------------------------------------------------------------------------------

    /**
     * Silver needs a second Bronze benchmark 1.5 to 2 years after the first, both in the register. A cluster whose
     * Silver label is still valid or expired at most {@code ecei.labels.renewal-window-months} ago renews it: the
     * Bronze steps lie behind it, so only the improvement areas and the audit remain.
     */
    public AssessmentView requestSilver(Long clusterId) {
        steps.requireMayRequest(clusterId, "a Silver assessment");
        List<LabelView> clusterLabels = labels.ofCluster(clusterId);
        Optional<LabelView> renewed = latest(clusterLabels, LabelLevel.SILVER)
                .filter(l -> validity.withinRenewalWindow(steps.today(), l.validUntil()));
        List<String> reasons = renewed.isPresent() ? List.of() : silverPrerequisiteProblems(clusterLabels);
        if (!reasons.isEmpty()) {
            throw new BusinessRuleException("The cluster cannot apply for Silver yet", reasons);
        }
        requireNoneOpen(clusterId);
        CatalogueView version = catalogue.current();
        Assessment assessment = steps.start(Assessment.silver(clusterId, version.id(), CurrentUser.get().username(),
                clock.instant(), renewed.isPresent(), renewed.map(LabelView::assessmentId).orElse(null)), SILVER_KEY, Map.of());
        audit.record(AGGREGATE, assessment.getId(), "REQUESTED", (renewed.isPresent() ? "Silver renewal" : "Silver assessment")
                + " for cluster " + clusterId + " with catalogue " + version.code()
                + renewed.map(l -> ", renews label " + l.id() + " valid until " + l.validUntil()
                        + (l.assessmentId() == null ? "" : ", compared with assessment " + l.assessmentId())).orElse(""));
        return steps.view(assessment);
    }

    /** The cluster's label of the level that runs longest, withdrawn ones aside. */
    private static Optional<LabelView> latest(List<LabelView> clusterLabels, LabelLevel level) {
        return clusterLabels.stream().filter(l -> l.level() == level && l.status() != LabelStatus.WITHDRAWN)
                .max(Comparator.comparing(LabelView::validUntil));
    }

    /** Whether the Bronze labels in the register allow a Silver application: every reason why not. */
    List<String> silverPrerequisiteProblems(List<LabelView> clusterLabels) {
        List<LabelView> bronze = clusterLabels.stream()
                .filter(l -> l.level() == LabelLevel.BRONZE && l.status() != LabelStatus.WITHDRAWN && l.assessedOn() != null)
                .sorted(Comparator.comparing(LabelView::assessedOn).reversed()).toList();
        if (bronze.size() < 2) {
            return List.of("Silver needs two Bronze benchmarks in the register; the cluster has " + bronze.size());
        }
        LocalDate second = bronze.get(0).assessedOn();
        LocalDate first = bronze.get(1).assessedOn();
        LocalDate earliest = first.plusMonths(settings.silverMinMonthsBetweenBronze());
        LocalDate latest = first.plusMonths(settings.silverMaxMonthsBetweenBronze());
        if (second.isBefore(earliest) || second.isAfter(latest)) {
            return List.of("The second Bronze benchmark (" + second + ") must be held " + settings.silverMinMonthsBetweenBronze()
                    + " to " + settings.silverMaxMonthsBetweenBronze() + " months after the first (" + first
                    + "), that is from " + earliest + " to " + latest);
        }
        return List.of();
    }

    /** Gold starts with the gap analysis; within a year of the last Gold label's expiry it is a renewal. */
    public AssessmentView requestGold(Long clusterId) {
        steps.requireMayRequest(clusterId, "a Gold assessment");
        requireNoneOpen(clusterId);
        LocalDate today = steps.today();
        Optional<LabelView> lastGold = latest(labels.ofCluster(clusterId), LabelLevel.GOLD);
        boolean renewal = lastGold.filter(l -> !today.isBefore(l.validUntil().minusMonths(settings.goldRenewalWindowMonths()))
                && !today.isAfter(l.validUntil().plusMonths(settings.goldRenewalWindowMonths()))).isPresent();
        Assessment previous = assessments.findFirstByClusterIdAndLevelAndStatusOrderByCompletedAtDesc(clusterId,
                LabelLevel.GOLD, AssessmentStatus.COMPLETED).orElse(null);
        CatalogueView version = catalogue.current();
        Assessment assessment = steps.start(Assessment.gold(clusterId, version.id(), CurrentUser.get().username(),
                clock.instant(), previous, renewal), GOLD_KEY, Map.of());
        audit.record(AGGREGATE, assessment.getId(), "REQUESTED", (renewal ? "Gold renewal" : "Gold assessment")
                + " for cluster " + clusterId + " with catalogue " + version.code()
                + (previous == null ? "" : ", compared with assessment " + previous.getId()));
        return steps.view(assessment);
    }

    private void requireNoneOpen(Long clusterId) {
        for (LabelLevel level : List.of(LabelLevel.SILVER, LabelLevel.GOLD)) {
            if (assessments.existsByClusterIdAndLevelAndStatusIn(clusterId, level, AssessmentService.openStatuses())) {
                throw new ConflictException("Cluster " + clusterId + " already has a " + level + " assessment in progress");
            }
        }
    }

    // --- renewals: the earlier scores ----------------------------------------------------------------------------------

    /**
     * The final scores of the assessment a renewal renews next to its own, per indicator of its catalogue version;
     * for whoever may see the renewal. Without a previous assessment every indicator is NOT_COMPARABLE.
     */
    @Transactional(readOnly = true)
    public ScoreComparison comparison(Long id) {
        Assessment current = steps.readable(id, CurrentUser.get());
        Map<String, Boolean> previousMet = current.getPreviousAssessmentId() == null ? Map.of()
                : steps.find(current.getPreviousAssessmentId()).finalMet();
        return ScoreComparison.of(id, current.getPreviousAssessmentId(), goldIndicators(current), previousMet,
                current.finalMet());
    }

    // --- Gold: gap analysis and experts ------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public GapAnalysis gapAnalysis(Long id) {
        return gapAnalysis(gold(steps.readable(id, CurrentUser.get())));
    }

    private GapAnalysis gapAnalysis(Assessment assessment) {
        CatalogueView version = catalogue.byId(assessment.getCatalogueVersionId());
        Map<String, String> answers = new TreeMap<>();
        assessment.getAnswers().forEach((code, answer) -> answers.put(code, answer.value()));
        return GapAnalysis.of(version.indicators(Scheme.GOLD), answers, version.goldPassShare());
    }

    /** The cluster has seen the likely score and the shortfalls, and goes on to the audit. */
    public AssessmentView proceedAfterGapAnalysis(Long id) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = gold(steps.readable(id, user));
        TaskView task = steps.stepTask(assessment, TASK_REVIEW_GAP_ANALYSIS, user);
        GapAnalysis gap = gapAnalysis(assessment);
        String summary = "likely " + ExcellenceScore.percent(gap.likelyShare()) + " (" + gap.met() + " of " + gap.total()
                + " met, " + gap.toBeAssessed() + " to be assessed, best case " + ExcellenceScore.percent(gap.bestCaseShare())
                + "), likely " + gap.likelyLevel() + "; short of the threshold: " + gap.indicators().stream()
                        .filter(g -> g.status() == GapAnalysis.Status.SHORT || g.status() == GapAnalysis.Status.UNANSWERED)
                        .map(GapAnalysis.IndicatorGap::code).collect(Collectors.joining(", "));
        assessment.proceedAfterGapAnalysis(summary, user.username(), clock.instant());
        steps.complete(task, user, Map.of());
        audit.record(AGGREGATE, id, "GAP_ANALYSIS_ACCEPTED", summary);
        notifications.toRole(Roles.SUPPORT_STAFF, null, "Gold-audit ønskes / Gold audit requested",
                "Assessment " + id + " of cluster " + assessment.getClusterId() + " needs two experts", AssessmentService.link(id));
        return steps.view(assessment);
    }

    /** Two GOLD_ASSESSOR experts, each free of ties to the cluster, and together a valid pair. */
    public AssessmentView assignExperts(Long id, AssignExperts command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = gold(steps.readable(id, user));
        TaskView task = steps.stepTask(assessment, TASK_ASSIGN_EXPERTS, user);
        List<String> problems = new ArrayList<>();
        for (String expert : List.of(command.expert(), command.secondExpert())) {
            problems.addAll(assessors.assignmentProblems(expert, assessment.getClusterId(), Qualification.GOLD_ASSESSOR,
                    command.plannedAuditDate()));
        }
        problems.addAll(assessors.goldPairProblems(command.expert(), command.secondExpert(), null));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("The experts cannot be assigned", problems.stream().distinct().toList());
        }
        int days = assessment.isRenewal() ? settings.goldRenewalAuditDays() : settings.goldAuditDays();
        assessment.assignExpertPair(command.expert(), command.secondExpert(), command.plannedAuditDate(), days, clock.instant());
        steps.complete(task, user, Map.of(VAR_EXPERT, command.expert(), VAR_SECOND_EXPERT, command.secondExpert()));
        audit.record(AGGREGATE, id, "EXPERTS_ASSIGNED", command.expert() + " and " + command.secondExpert() + ", "
                + days + "-day audit planned from " + command.plannedAuditDate());
        steps.notifyExperts(assessment, "Gold-audit tildelt / Gold audit assigned", "Cluster " + assessment.getClusterId()
                + ", " + days + "-day audit planned from " + command.plannedAuditDate());
        return steps.view(assessment);
    }

    // --- Silver: improvement areas and the audit ---------------------------------------------------------------------

    public AssessmentView saveImprovementAreas(Long id, List<ImprovementAreaForm> forms) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        AssessmentService.requireClusterManager(assessment, user);
        List<ImprovementArea> areas = forms.stream().map(f -> ImprovementArea.of(f.title(),
                f.indicatorCodes().stream().map(String::strip).toList(), f.whatChanged(), f.evidence())).toList();
        assessment.replaceImprovementAreas(areas, steps.questionnaireIndicators(assessment).keySet(), clock.instant());
        assessments.flush();
        audit.record(AGGREGATE, id, "IMPROVEMENT_AREAS_SAVED", areas.stream().map(a -> a.title() + " " + a.codes())
                .collect(Collectors.joining("; ")));
        return steps.view(assessment);
    }

    /** The auditor's findings and check of the minimum requirements; any minimum requirement missed means no Silver. */
    public AssessmentView recordSilverAudit(Long id, SilverAudit command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, TASK_AUDIT_IMPROVEMENTS, user);
        List<IndicatorView> gold = goldIndicators(assessment);
        Set<String> minimum = gold.stream().filter(IndicatorView::minimumRequirement).map(IndicatorView::code)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Instant now = clock.instant();
        assessment.recordSilverAudit(command.auditDate(), command.areas(), command.minimumRequirements(), minimum,
                command.report(), user.username(), steps.today(), now);
        ExcellenceScore score = ExcellenceScore.silver(gold, assessment.finalMet());
        assessment.recommend(score, user.username(), now);
        assessments.flush();
        steps.complete(task, user, Map.of());
        audit.record(AGGREGATE, id, "AUDITED", "on site " + command.auditDate() + "; " + String.join("; ", score.reasons()));
        recommended(assessment, score);
        return steps.view(assessment);
    }

    // --- Gold: scores, agreement ---------------------------------------------------------------------------------------

    /** One expert's score of every indicator; when both have scored, the common scores count and differences wait. */
    public AssessmentView scoreIndicators(Long id, ScoreIndicators command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = gold(steps.readable(id, user));
        if (assessment.getScores().stream().anyMatch(score -> score.scoredBy().equals(user.username()))) {
            throw new IllegalStateChangeException(user.username() + " has already scored assessment " + id);
        }
        TaskView task = steps.stepTask(assessment, TASK_SCORE_INDICATORS, user);
        List<IndicatorView> gold = goldIndicators(assessment);
        Instant now = clock.instant();
        assessment.recordScores(user.username(), command.auditFrom(), command.auditUntil(), command.scores(),
                gold.stream().map(IndicatorView::code).collect(Collectors.toSet()), steps.today(), now);
        boolean differ = assessment.bothScored() && !assessment.differingIndicators().isEmpty();
        ExcellenceScore score = null;
        if (assessment.bothScored() && !differ) {
            score = goldScore(assessment, gold);
            assessment.recommend(score, user.username(), now);
        }
        assessments.flush();
        steps.complete(task, user, Map.of(VAR_SCORES_DIFFER, differ));
        audit.record(AGGREGATE, id, "SCORED", user.username() + ": " + command.scores().values().stream()
                .filter(AssessmentCommands.Judgement::met).count() + " of " + command.scores().size() + " met, audit "
                + command.auditFrom() + " to " + command.auditUntil());
        if (differ) {
            audit.record(AGGREGATE, id, "SCORES_DIFFER", String.join(", ", assessment.differingIndicators()));
            steps.notifyExperts(assessment, "Scorerne er forskellige / Your scores differ",
                    "Agree a final score for " + String.join(", ", assessment.differingIndicators()));
        }
        if (score != null) {
            recommended(assessment, score);
        }
        return steps.view(assessment);
    }

    /** The lead expert records the final scores both experts agreed, each with a note. */
    public AssessmentView agreeFinalScores(Long id, AgreeFinalScores command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = gold(steps.readable(id, user));
        TaskView task = steps.stepTask(assessment, TASK_AGREE_FINAL_SCORES, user);
        List<IndicatorView> gold = goldIndicators(assessment);
        Instant now = clock.instant();
        assessment.agreeFinalScores(command.scores(), gold.stream().map(IndicatorView::code).collect(Collectors.toSet()),
                user.username(), now);
        ExcellenceScore score = goldScore(assessment, gold);
        assessment.recommend(score, user.username(), now);
        assessments.flush();
        steps.complete(task, user, Map.of());
        audit.record(AGGREGATE, id, "FINAL_SCORES_AGREED", command.scores().entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue().met() ? "met" : "not met") + " (" + e.getValue().note() + ")")
                .collect(Collectors.joining("; ")));
        recommended(assessment, score);
        return steps.view(assessment);
    }

    private ExcellenceScore goldScore(Assessment assessment, List<IndicatorView> gold) {
        return ExcellenceScore.gold(gold, assessment.finalMet(), catalogue.byId(assessment.getCatalogueVersionId()).goldPassShare());
    }

    private void recommended(Assessment assessment, ExcellenceScore score) {
        audit.record(AGGREGATE, assessment.getId(), "RECOMMENDED", score.recommendation() + ": " + String.join("; ", score.reasons()));
        notifications.toRole(Roles.SUPPORT_STAFF, null, "Indstilling til godkendelse / Recommendation to approve",
                "Assessment " + assessment.getId() + " recommends " + score.recommendation(), AssessmentService.link(assessment.getId()));
    }

    // --- the label committee -----------------------------------------------------------------------------------------

    public AssessmentView decide(Long id, LabelDecision command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, TASK_APPROVE_LABEL, user);
        Recommendation recommended = assessment.getRecommendation();
        boolean approve = command.decision() == Approval.APPROVE;
        assessment.decide(approve, command.reason(), user.username(), clock.instant());
        assessments.flush();
        Outcome outcome = !approve ? Outcome.SEND_BACK : recommended == Recommendation.NONE ? Outcome.NO_LABEL : Outcome.AWARD;
        // Recorded before the task completes: completing it writes the label, which comes after the approval.
        audit.record(AGGREGATE, id, approve ? "APPROVED" : "SENT_BACK", (approve ? recommended + ": " : "") + command.reason());
        steps.complete(task, user, Map.of(VAR_OUTCOME, outcome.name()));
        if (outcome == Outcome.SEND_BACK) {
            steps.notifyExperts(assessment, "Sendt tilbage / Sent back", command.reason());
        } else if (outcome == Outcome.NO_LABEL) {
            notifications.toRole(Roles.CLUSTER_MANAGER, assessment.getClusterId(), "Intet mærke / No label",
                    String.join("; ", assessment.getRecommendationReasons()), AssessmentService.link(id));
        }
        return steps.view(assessment);
    }

    // --- deadlines -----------------------------------------------------------------------------------------------------

    /** Called by the process when a human task passed its due date: a reminder to who holds it, and word to support staff. */
    public void remindOverdue(Long id) {
        Assessment assessment = steps.find(id);
        Instant now = clock.instant();
        for (TaskView task : workflow.openTasks(List.of(assessment.getProcessInstanceId()))) {
            if (task.due() == null || task.due().isAfter(now)) {
                continue;
            }
            String body = "Assessment " + id + ": " + task.name() + " was due " + task.due();
            if (task.assignee() != null) {
                notifications.toUser(task.assignee(), "Påmindelse: frist overskredet / Reminder: deadline passed", body,
                        AssessmentService.link(id));
            } else {
                task.candidateGroups().forEach(group -> notifications.toRole(group,
                        Roles.CLUSTER_MANAGER.equals(group) ? assessment.getClusterId() : null,
                        "Påmindelse: frist overskredet / Reminder: deadline passed", body, AssessmentService.link(id)));
            }
            notifications.toRole(Roles.SUPPORT_STAFF, null, "Frist overskredet / Deadline passed", body, AssessmentService.link(id));
            audit.record(AGGREGATE, id, "DEADLINE_PASSED", task.key() + " due " + task.due());
        }
    }

    private List<IndicatorView> goldIndicators(Assessment assessment) {
        return catalogue.byId(assessment.getCatalogueVersionId()).indicators(Scheme.GOLD);
    }

    private static Assessment gold(Assessment assessment) {
        if (assessment.getLevel() != LabelLevel.GOLD) {
            throw new IllegalStateChangeException("Assessment " + assessment.getId() + " is not a Gold assessment");
        }
        return assessment;
    }
}
