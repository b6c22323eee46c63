package dk.ecei.assessment;

import static dk.ecei.assessment.BronzeProcess.VAR_ASSESSMENT_ID;
import static dk.ecei.assessment.BronzeProcess.VAR_CLUSTER_ID;

import dk.ecei.cluster.ClusterService;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.Scheme;
import dk.ecei.label.LabelLevel;
import dk.ecei.security.CurrentUser;
import dk.ecei.security.Roles;
import dk.ecei.shared.ConcurrentChangeException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Violation;
import dk.ecei.workflow.TaskView;
import dk.ecei.workflow.WorkflowEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every step service does around the aggregate's move: find the assessment among those the caller may see
 * (others are "not found", so nothing leaks), find the step's open task and check the caller may complete it, save
 * the aggregate (which publishes its events: the audit entry joins the transaction), complete the task, and read the
 * result back as a view. The step services call this; nothing outside the package does.
 */
@Component
class AssessmentSteps {

    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final AssessmentRepository assessments;
    private final ClusterService clusters;
    private final CatalogueService catalogue;
    private final WorkflowEngine workflow;
    private final EvidenceCoverage evidence;
    private final Clock clock;

    AssessmentSteps(AssessmentRepository assessments, ClusterService clusters, CatalogueService catalogue,
            WorkflowEngine workflow, EvidenceCoverage evidence, Clock clock) {
        this.assessments = assessments;
        this.clusters = clusters;
        this.catalogue = catalogue;
        this.workflow = workflow;
        this.evidence = evidence;
        this.clock = clock;
    }

    // --- finding and checking ----------------------------------------------------------------------------------------

    Assessment readable(Long id, CurrentUser user) {
        return findReadable(id, user).orElseThrow(() -> NotFoundException.of("assessment", id));
    }

    /** The assessment of a scheme; another scheme's assessment is not at this step (409). */
    <T extends Assessment> T readable(Long id, CurrentUser user, Class<T> scheme) {
        return as(readable(id, user), scheme);
    }

    static <T extends Assessment> T as(Assessment assessment, Class<T> scheme) {
        if (!scheme.isInstance(assessment)) {
            throw IllegalStateChangeException.of("otherScheme", String.valueOf(assessment.getId()),
                    Violation.named("problem.scheme." + schemeName(scheme), schemeName(scheme)));
        }
        return scheme.cast(assessment);
    }

    private static String schemeName(Class<?> scheme) {
        return scheme == GoldAssessment.class ? "GOLD" : scheme == SilverAssessment.class ? "SILVER"
                : scheme == BronzeBenchmark.class ? "BRONZE" : "AUDITED";
    }

    Optional<Assessment> findReadable(Long id, CurrentUser user) {
        return assessments.findWithListsById(id).filter(assessment -> mayRead(assessment, user));
    }

    /** Support staff, the cluster's managers, its experts and its observers (who read, never act). */
    static boolean mayRead(Assessment assessment, CurrentUser user) {
        return mayRead(assessment.getClusterId(), assessment.experts(), assessment::isObserver, user);
    }

    /** {@link #mayRead(Assessment, CurrentUser)} on what it reads of an assessment: its cluster, experts and observers. */
    static boolean mayRead(Long clusterId, Collection<String> experts, java.util.function.Predicate<String> observes,
            CurrentUser user) {
        return user.isSupportStaff() || user.managesCluster(clusterId)
                || (user.has(Roles.ASSESSOR) && experts.contains(user.username()))
                || (!user.isAnonymous() && observes.test(user.username()));
    }

    /** The recommendations waiting for the approval body, oldest first. */
    List<Assessment> awaitingApproval() {
        return assessments.findTop200ByStatusOrderByRequestedAtAsc(AssessmentStatus.AWAITING_APPROVAL);
    }

    Assessment find(Long id) {
        return assessments.findById(id).orElseThrow(() -> NotFoundException.of("assessment", id));
    }

    /**
     * The open task of this step, if the caller may complete it; otherwise 409 (not at this step) or 403. Where a
     * step has one task per expert (the Gold scores), it is the caller's own.
     */
    TaskView stepTask(Assessment assessment, String taskKey, CurrentUser user) {
        if (assessment.isObserver(user.username()) && !user.isSupportStaff() && !assessment.isExpert(user.username())) {
            // Whatever step the assessment is at: an observer reads it and holds none.
            throw new AccessDeniedException("An observer reads assessment " + assessment.getId() + " and acts on nothing");
        }
        if (assessment.getProcessInstanceId() == null) {
            throw IllegalStateChangeException.of("noProcess", String.valueOf(assessment.getId()));
        }
        List<TaskView> open = workflow.openTasksOf(assessment.getProcessInstanceId(), String.valueOf(assessment.getId())).stream()
                .filter(t -> t.key().equals(taskKey)).toList();
        TaskView task = open.stream().filter(t -> user.username().equals(t.assignee())).findFirst()
                .or(() -> open.stream().findFirst())
                .orElseThrow(() -> IllegalStateChangeException.of("notWaiting", String.valueOf(assessment.getId()),
                        Violation.named("status." + assessment.getStatus(), String.valueOf(assessment.getStatus())),
                        Violation.named("step." + taskKey, taskKey)));
        requireMayComplete(task, assessment, user);
        return task;
    }

    /**
     * The caller may complete the task: it is theirs, or nobody holds it and it is for their role. A task another
     * person of the same role claimed (the race of two support staff, one claiming while the other completes) is a
     * 409 naming the task, as any lost race; a task that was never for the caller stays 403.
     */
    static void requireMayComplete(TaskView task, Assessment assessment, CurrentUser user) {
        if (task.assignee() != null) {
            if (!task.assignee().equals(user.username())) {
                if (isForRole(task, assessment, user)) {
                    throw new ConcurrentChangeException("task", task.id(),
                            ConcurrentChangeException.reason("claimed", Violation.person(task.assignee())));
                }
                throw new AccessDeniedException("This task belongs to another user");
            }
            return;
        }
        if (task.candidateGroups().stream().noneMatch(user::has)) {
            throw new AccessDeniedException("This task is for " + task.candidateGroups());
        }
        if (!isForRole(task, assessment, user)) {
            throw new AccessDeniedException("This task is for the cluster's own managers");
        }
    }

    private static boolean isForRole(TaskView task, Assessment assessment, CurrentUser user) {
        return task.candidateGroups().stream().anyMatch(user::has)
                && (!task.candidateGroups().contains(Roles.CLUSTER_MANAGER) || user.managesCluster(assessment.getClusterId()));
    }

    static void requireClusterManager(Assessment assessment, CurrentUser user) {
        if (!user.managesCluster(assessment.getClusterId())) {
            throw new AccessDeniedException("Only the cluster's own managers fill its self-assessment");
        }
    }

    // --- saving and the process --------------------------------------------------------------------------------------

    /** A new assessment whose process has started, and the activities the process waits in. */
    record Started<T extends Assessment>(T assessment, List<String> waitingAt) {
    }

    /** Saves a new assessment and starts its process, which holds only ids; then the request is announced. */
    <T extends Assessment> Started<T> start(T fresh, String processKey, Map<String, Object> variables, List<dk.ecei.shared.Violation> description) {
        T assessment = assessments.saveAndFlush(fresh);
        Map<String, Object> all = new HashMap<>(variables);
        all.put(VAR_ASSESSMENT_ID, assessment.getId());
        all.put(VAR_CLUSTER_ID, assessment.getClusterId());
        WorkflowEngine.Started process = workflow.start(processKey, String.valueOf(assessment.getId()), all);
        assessment.startedAs(process.processInstanceId(), description);
        return new Started<>(assessments.save(assessment), process.waitingAt());
    }

    /** Saves the move and publishes its events; the flush finds a concurrent change before the process moves on. */
    void save(Assessment assessment) {
        assessments.saveAndFlush(assessment);
    }

    /** Completes the step's task in the caller's name; the activities the process waits in afterwards. */
    List<String> complete(TaskView task, CurrentUser user, Map<String, Object> variables) {
        return workflow.complete(task.id(), user.username(), user.roles(), variables);
    }

    boolean isRunning(Assessment assessment) {
        return assessment.getProcessInstanceId() != null && workflow.isRunning(assessment.getProcessInstanceId());
    }

    void message(Assessment assessment, String message) {
        workflow.message(message, assessment.getProcessInstanceId(), Map.of());
    }

    List<TaskView> openTasks(Assessment assessment) {
        return workflow.openTasks(List.of(assessment.getProcessInstanceId()));
    }

    // --- the questionnaire and the views -----------------------------------------------------------------------------

    Map<String, IndicatorView> questionnaireIndicators(Assessment assessment) {
        return catalogue.byId(assessment.getCatalogueVersionId()).indicators(schemeOf(assessment)).stream()
                .collect(Collectors.toMap(IndicatorView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    List<IndicatorView> goldIndicators(Assessment assessment) {
        return catalogue.byId(assessment.getCatalogueVersionId()).indicators(Scheme.GOLD);
    }

    CatalogueView catalogueOf(Assessment assessment) {
        return catalogue.byId(assessment.getCatalogueVersionId());
    }

    Set<Integer> yearsCovered(Assessment assessment) {
        return evidence.yearsCovered(assessment.getId());
    }

    private static Scheme schemeOf(Assessment assessment) {
        return assessment.getLevel() == LabelLevel.BRONZE ? Scheme.BRONZE : Scheme.GOLD;
    }

    Questionnaire questionnaire(Assessment assessment) {
        CatalogueView version = catalogue.byId(assessment.getCatalogueVersionId());
        Scheme scheme = schemeOf(assessment);
        List<CatalogueView.CategoryView> groups = version.categories().stream().filter(c -> c.scheme() == scheme).toList();
        Collection<String> codes = version.indicators(scheme).stream().map(IndicatorView::code).toList();
        List<String> changeable = switch (assessment.getStatus()) {
            case PRE_CHECK, REQUESTED, SELF_ASSESSMENT -> List.copyOf(codes);
            case CLARIFICATION_REQUESTED -> assessment instanceof BronzeBenchmark bronze
                    ? bronze.getClarifications().get(bronze.getClarifications().size() - 1).getIndicatorCodes() : List.of();
            default -> List.of();
        };
        List<SuccessStory> stories = assessment instanceof BronzeBenchmark bronze ? bronze.getSuccessStories() : List.of();
        long answered = codes.stream().filter(assessment.getAnswers()::containsKey).count();
        return new Questionnaire(assessment.getId(), version.code(), groups, assessment.getAnswers(), stories,
                (int) answered, codes.size(), assessment.missing(codes, yearsCovered(assessment), today()), changeable);
    }

    /** The assessment as its reader sees it, with the activities its process waits in now. */
    AssessmentView view(Assessment a) {
        return view(a, a.getProcessInstanceId() == null ? List.of() : workflow.activeActivities(a.getProcessInstanceId()));
    }

    /** The assessment as its reader sees it, after a move that told where its process waits ({@link #complete}). */
    AssessmentView view(Assessment a, List<String> waitingAt) {
        String clusterName = clusters.names(Set.of(a.getClusterId())).get(a.getClusterId());
        String catalogueCode = catalogue.byId(a.getCatalogueVersionId()).code();
        BronzeBenchmark bronze = a instanceof BronzeBenchmark b ? b : null;
        AuditedAssessment audited = a instanceof AuditedAssessment x ? x : null;
        SilverAssessment silver = a instanceof SilverAssessment s ? s : null;
        GoldAssessment gold = a instanceof GoldAssessment g ? g : null;
        // A Bronze report is the expert's draft until it is written: nobody else reads it before (the body reads it
        // while it waits for the approval).
        boolean draft = bronze != null && a.getStatus() != AssessmentStatus.COMPLETED
                && a.getStatus() != AssessmentStatus.AWAITING_APPROVAL
                && !CurrentUser.get().username().equals(a.getExpertUsername());
        return new AssessmentView(a.getId(), a.getClusterId(), clusterName, a.getLevel(),
                a.getStatus(), catalogueCode, a.getRequestedBy(), a.getRequestedAt(), a.getExpertUsername(),
                a.getPlannedInterviewDate(), draft ? null : a.getInterviewDate(), bronze != null && bronze.isAssignmentEscalated(),
                a.getAnswers(), bronze == null ? List.of() : bronze.getSuccessStories(),
                bronze == null ? List.of() : bronze.getClarifications().stream().map(AssessmentView.Clarification::of).toList(),
                draft ? Map.of() : a.getReportSections(), draft ? null : a.getReportSummary(), a.getLabelId(), a.getWithdrawnBy(), a.getWithdrawalReason(),
                gold == null ? null : gold.getSecondExpertUsername(), a.isRenewal(),
                audited == null ? null : audited.getPreviousAssessmentId(), gold == null ? null : gold.getAuditDays(),
                audited == null ? null : audited.getAuditUntil(),
                silver == null ? List.of() : silver.getImprovementAreas(), gold == null ? List.of() : gold.getScores(),
                audited == null ? Map.of() : audited.getFinalScores(), AssessmentView.Outcome.of(a),
                a.getDecisions(), a.getConflictWaivers(), a.getObservers(), waitingAt, AllowedActions.of(facts(a), CurrentUser.get()), a.getVersion());
    }

    /** The facts of the step catalogue's allowed actions. */
    static AllowedActions.Facts facts(Assessment a) {
        GoldAssessment gold = a instanceof GoldAssessment g ? g : null;
        return new AllowedActions.Facts(a.getLevel(), a.getStatus(), a.getClusterId(), a.getExpertUsername(),
                gold == null ? null : gold.getSecondExpertUsername(),
                gold == null ? Set.of() : gold.getScores().stream().map(IndicatorScore::scoredBy).collect(Collectors.toSet()));
    }

    AssessmentView.Summary summary(Assessment a) {
        return summary(a, clusterNamesOf(List.of(a)));
    }

    static AssessmentView.Summary summary(Assessment a, Map<Long, String> clusterNames) {
        return new AssessmentView.Summary(a.getId(), a.getClusterId(), clusterNames.get(a.getClusterId()), a.getLevel(),
                a.getStatus(), a.getExpertUsername(), a.getRequestedAt(), a.getLastChangedAt());
    }

    /**
     * The names of the assessments' clusters, for their summaries: one narrow statement (a name from the persistence
     * context where the request read the cluster), not the clusters with their fields as views.
     */
    Map<Long, String> clusterNamesOf(Collection<Assessment> found) {
        return clusters.names(found.stream().map(Assessment::getClusterId).collect(Collectors.toSet()));
    }

    // --- time --------------------------------------------------------------------------------------------------------

    LocalDate today() {
        return LocalDate.now(clock.withZone(DENMARK));
    }

    java.time.Instant now() {
        return clock.instant();
    }

    static Set<AssessmentStatus> openStatuses() {
        return Arrays.stream(AssessmentStatus.values()).filter(AssessmentStatus::isOpen)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssessmentStatus.class)));
    }
}
