package dk.ecei.assessment;

import static dk.ecei.assessment.BronzeProcess.*;

import dk.ecei.assessment.AssessmentCommands.AnswerClarification;
import dk.ecei.assessment.AssessmentCommands.AssignExpert;
import dk.ecei.assessment.AssessmentCommands.RequestClarification;
import dk.ecei.assessment.AssessmentCommands.WriteReport;
import dk.ecei.assessor.AssessorService;
import dk.ecei.assessor.AssignmentLoad;
import dk.ecei.assessor.Qualification;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterView;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.Scheme;
import dk.ecei.label.AwardLabel;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.notification.NotificationService;
import dk.ecei.security.CurrentUser;
import dk.ecei.security.Roles;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.workflow.TaskView;
import dk.ecei.workflow.WorkflowEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of an assessment. Each method first finds the assessment among those the caller may see (others are
 * "not found", so nothing leaks), then checks that the caller may take this step, lets the aggregate guard the
 * move, completes the matching user task and writes the audit entry, all in one transaction.
 */
@Service
@Transactional
public class AssessmentService implements AssignmentLoad {

    public static final String AGGREGATE = "Assessment";

    private final AssessmentRepository assessments;
    private final ClusterService clusters;
    private final CatalogueService catalogue;
    private final AssessorService assessors;
    private final LabelRegister labels;
    private final WorkflowEngine workflow;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final EvidenceCoverage evidence;
    private final AnswerDrafts answerDrafts;
    private final StepDeadlines deadlines;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, ClusterService clusters, CatalogueService catalogue,
            AssessorService assessors, LabelRegister labels, WorkflowEngine workflow, NotificationService notifications,
            AuditLog audit, EvidenceCoverage evidence, StepDeadlines deadlines, Clock clock, AnswerDrafts answerDrafts) {
        this.assessments = assessments;
        this.clusters = clusters;
        this.catalogue = catalogue;
        this.assessors = assessors;
        this.labels = labels;
        this.workflow = workflow;
        this.notifications = notifications;
        this.audit = audit;
        this.evidence = evidence;
        this.answerDrafts = answerDrafts;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    // --- step 1: the request --------------------------------------------------------------------------------------

    /** A cluster manager (or support staff on the cluster's behalf) requests a Bronze benchmark. */
    public AssessmentView requestBenchmark(Long clusterId) {
        requireMayRequest(clusterId, "a benchmark");
        if (assessments.existsByClusterIdAndLevelAndStatusIn(clusterId, LabelLevel.BRONZE, openStatuses())) {
            throw new ConflictException("Cluster " + clusterId + " already has a Bronze benchmark in progress");
        }
        CatalogueView version = catalogue.current();
        Assessment assessment = start(new Assessment(clusterId, LabelLevel.BRONZE, version.id(), CurrentUser.get().username(),
                clock.instant()), KEY, Map.of(VAR_ESCALATION_AFTER, deadlines.of(Step.ASSIGN_BENCHMARK_EXPERT).toString()));
        audit.record(AGGREGATE, assessment.getId(), "REQUESTED", "Bronze benchmark for cluster " + clusterId
                + " with catalogue " + version.code());
        return view(assessment);
    }

    /** Only the cluster's managers or support staff request an assessment, and only for an eligible cluster. */
    void requireMayRequest(Long clusterId, String what) {
        CurrentUser user = CurrentUser.get();
        if (!user.managesCluster(clusterId) && !user.isSupportStaff()) {
            throw new AccessDeniedException("Only the cluster's managers or support staff request " + what);
        }
        if (!clusters.exists(clusterId)) {
            throw new NotFoundException("Cluster", clusterId);
        }
        List<String> reasons = clusters.eligibilityProblems(clusterId);
        if (!reasons.isEmpty()) {
            throw new BusinessRuleException("The cluster is not eligible for " + what, reasons);
        }
    }

    /** Saves a new assessment and starts its process, which holds only ids. */
    Assessment start(Assessment fresh, String processKey, Map<String, Object> variables) {
        Assessment assessment = assessments.saveAndFlush(fresh);
        Map<String, Object> all = new java.util.HashMap<>(variables);
        all.put(VAR_ASSESSMENT_ID, assessment.getId());
        all.put(VAR_CLUSTER_ID, assessment.getClusterId());
        assessment.startedAs(workflow.start(processKey, String.valueOf(assessment.getId()), all));
        return assessment;
    }

    // --- step 2: assigning the expert ------------------------------------------------------------------------------

    public AssessmentView assignExpert(Long id, AssignExpert command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = readable(id, user);
        TaskView task = stepTask(assessment, TASK_ASSIGN_EXPERT, user);
        Qualification required = assessment.getLevel() == LabelLevel.SILVER ? Qualification.SILVER_AUDITOR
                : Qualification.BENCHMARKING_EXPERT;
        List<String> problems = assessors.assignmentProblems(command.expert(), assessment.getClusterId(), required,
                command.plannedInterviewDate());
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("The expert cannot be assigned", problems);
        }
        assessment.assignExpert(command.expert(), command.plannedInterviewDate(), clock.instant());
        complete(task, user, Map.of(VAR_EXPERT, command.expert()));
        audit.record(AGGREGATE, id, "EXPERT_ASSIGNED", command.expert() + ", interview planned " + command.plannedInterviewDate());
        notifications.toUser(command.expert(), "Ny opgave tildelt / New assignment",
                assessment.getLevel() + ", cluster " + assessment.getClusterId() + ", planned " + command.plannedInterviewDate(),
                link(id));
        return view(assessment);
    }

    /** Called by the process when a request has waited too long for an expert. */
    public void escalateAssignment(Long id) {
        Assessment assessment = find(id);
        if (assessment.getStatus() != AssessmentStatus.REQUESTED) {
            return;
        }
        assessment.escalateAssignment(clock.instant());
        audit.record(AGGREGATE, id, "ASSIGNMENT_ESCALATED", "no expert assigned after " + deadlines.of(Step.ASSIGN_BENCHMARK_EXPERT));
        notifications.toRole(Roles.SUPPORT_STAFF, null, "Benchmark venter på ekspert / Benchmark waits for an expert",
                "Assessment " + id + " of cluster " + assessment.getClusterId() + " has no expert after "
                        + deadlines.of(Step.ASSIGN_BENCHMARK_EXPERT).toDays() + " days", link(id));
    }

    // --- step 3: the self-assessment -------------------------------------------------------------------------------

    public Questionnaire saveAnswers(Long id, Map<String, String> answers) {
        return saveAnswers(id, answers, Map.of());
    }

    /**
     * Saves draft answers; {@code versions} names the version of each answer the caller last saw (0: none), and an
     * answer somebody else saved since is refused with 409 and its current value. Different answers never clash.
     */
    public Questionnaire saveAnswers(Long id, Map<String, String> answers, Map<String, Long> versions) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = readable(id, user);
        requireClusterManager(assessment, user);
        List<String> changed = writeAnswers(assessment, answers, versions, user);
        audit.record(AGGREGATE, id, "ANSWERS_SAVED", String.join(",", changed));
        return questionnaire(assessment);
    }

    /** Checked by the aggregate, written as versioned rows; the aggregate's answers are read after the write. */
    private List<String> writeAnswers(Assessment assessment, Map<String, String> answers, Map<String, Long> versions,
            CurrentUser user) {
        Map<String, IndicatorView> indicators = questionnaireIndicators(assessment);
        Map<String, String> checked = assessment.checkAnswers(answers, indicators);
        Map<String, Long> ids = new java.util.HashMap<>();
        checked.keySet().forEach(code -> ids.put(code, indicators.get(code).id()));
        return answerDrafts.save(assessment.getId(), checked, versions, ids, user.username(), clock.instant());
    }

    public Questionnaire saveSuccessStories(Long id, List<SuccessStory> stories) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = readable(id, user);
        requireClusterManager(assessment, user);
        assessment.replaceSuccessStories(stories, clock.instant());
        assessments.flush();
        audit.record(AGGREGATE, id, "SUCCESS_STORIES_SAVED", stories.size() + " stories");
        return questionnaire(assessment);
    }

    public AssessmentView submit(Long id) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = readable(id, user);
        TaskView task = stepTask(assessment, assessment.getLevel() == LabelLevel.SILVER
                ? SilverGoldProcess.TASK_DESCRIBE_IMPROVEMENTS : TASK_FILL_SELF_ASSESSMENT, user);
        assessment.submit(questionnaireIndicators(assessment).keySet(), evidence.yearsCovered(id), today(), clock.instant());
        complete(task, user, Map.of());
        audit.record(AGGREGATE, id, "SUBMITTED", assessment.getLevel() == LabelLevel.SILVER
                ? assessment.getImprovementAreas().size() + " improvement areas" : assessment.getAnswers().size() + " answers");
        notifyExperts(assessment, "Selvevaluering indsendt / Self-assessment submitted", "Assessment " + id + " is ready for review");
        return view(assessment);
    }

    // --- step 4: review, clarification rounds, report ---------------------------------------------------------------

    public AssessmentView requestClarification(Long id, RequestClarification command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = readable(id, user);
        TaskView task = stepTask(assessment, TASK_REVIEW, user);
        ClarificationRound round = assessment.requestClarification(command.indicatorCodes(), command.question(),
                questionnaireIndicators(assessment).keySet(), user.username(), clock.instant());
        complete(task, user, Map.of(VAR_DECISION, AssessmentCommands.Decision.CLARIFY.name()));
        audit.record(AGGREGATE, id, "CLARIFICATION_REQUESTED", "round " + round.getRoundNo() + " on " + command.indicatorCodes());
        notifications.toRole(Roles.CLUSTER_MANAGER, assessment.getClusterId(),
                "Ekspertens spørgsmål / The expert asks for clarification", command.question(), link(id));
        return view(assessment);
    }

    public AssessmentView answerClarification(Long id, AnswerClarification command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = readable(id, user);
        TaskView task = stepTask(assessment, TASK_ANSWER_CLARIFICATION, user);
        if (command.answers() != null && !command.answers().isEmpty()) {
            writeAnswers(assessment, command.answers(), Map.of(), user);
        }
        ClarificationRound round = assessment.answerClarification(command.response(), user.username(), clock.instant());
        complete(task, user, Map.of());
        audit.record(AGGREGATE, id, "CLARIFICATION_ANSWERED", "round " + round.getRoundNo()
                + (command.answers() == null ? "" : ", changed " + command.answers().keySet()));
        notifications.toUser(assessment.getExpertUsername(), "Svar på afklaring / Clarification answered",
                "Assessment " + id + ", round " + round.getRoundNo(), link(id));
        return view(assessment);
    }

    public AssessmentView writeReport(Long id, WriteReport command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = readable(id, user);
        TaskView task = stepTask(assessment, TASK_REVIEW, user);
        Set<String> groups = catalogue.byId(assessment.getCatalogueVersionId()).categories().stream()
                .filter(c -> c.scheme() == Scheme.BRONZE).map(CatalogueView.CategoryView::code)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assessment.recordReport(command.interviewDate(), command.groups(), groups, command.summary(), today(), clock.instant());
        assessments.flush();
        audit.record(AGGREGATE, id, "REPORTED", "interview " + command.interviewDate());
        complete(task, user, Map.of(VAR_DECISION, AssessmentCommands.Decision.REPORT.name()));
        return view(assessment);
    }

    /** Called by the process after the report: writes the label to the register. */
    public LabelView awardLabel(Long id) {
        Assessment assessment = find(id);
        LabelView label = labels.award(new AwardLabel(assessment.getClusterId(), assessment.awardedLevel(),
                assessment.getInterviewDate(), today(), id, "Assessment " + id));
        assessment.labelAwarded(label.id());
        audit.record(AGGREGATE, id, "LABEL_AWARDED", label.level() + " label " + label.id() + " valid until " + label.validUntil());
        notifications.toRole(Roles.CLUSTER_MANAGER, assessment.getClusterId(), "Mærke tildelt / Label awarded",
                label.level() + " label valid until " + label.validUntil(), link(id));
        return label;
    }

    // --- withdrawal ---------------------------------------------------------------------------------------------

    /** The cluster or the support function withdraws; the process ends and the history stays. */
    public AssessmentView withdraw(Long id, String reason) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = readable(id, user);
        if (!user.managesCluster(assessment.getClusterId()) && !user.isSupportStaff()) {
            throw new AccessDeniedException("Only the cluster's managers or support staff withdraw an assessment");
        }
        assessment.withdraw(user.username(), reason, clock.instant());
        assessments.flush();
        if (assessment.getProcessInstanceId() != null && workflow.isRunning(assessment.getProcessInstanceId())) {
            workflow.message(MESSAGE_WITHDRAWN, assessment.getProcessInstanceId(), Map.of());
        }
        audit.record(AGGREGATE, id, "WITHDRAWN", reason);
        notifyExperts(assessment, "Vurdering trukket tilbage / Assessment withdrawn", reason);
        return view(assessment);
    }

    // --- reading ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public AssessmentView get(Long id) {
        return view(readable(id, CurrentUser.get()));
    }

    @Transactional(readOnly = true)
    public Questionnaire questionnaire(Long id) {
        return questionnaire(readable(id, CurrentUser.get()));
    }

    /** The assessments the caller may see: all for support staff, their cluster's for managers, their own for experts. */
    @Transactional(readOnly = true)
    public List<AssessmentView.Summary> visible() {
        CurrentUser user = CurrentUser.get();
        List<Assessment> found;
        if (user.isSupportStaff()) {
            found = assessments.findAllByOrderByRequestedAtDesc();
        } else if (user.has(Roles.CLUSTER_MANAGER) && user.clusterId().isPresent()) {
            found = assessments.findByClusterIdOrderByRequestedAtDesc(user.clusterId().get());
        } else if (user.has(Roles.ASSESSOR)) {
            found = assessments.findByExpert(user.username());
        } else {
            found = List.of();
        }
        Map<Long, ClusterView> byId = clusters.byIds(found.stream().map(Assessment::getClusterId).collect(Collectors.toSet()));
        return found.stream().map(a -> summary(a, byId)).toList();
    }

    /** Throws "not found" unless the caller may see the assessment. */
    @Transactional(readOnly = true)
    public AssessmentView.Summary checkReadable(Long id) {
        Assessment assessment = readable(id, CurrentUser.get());
        return summary(assessment, clusters.byIds(Set.of(assessment.getClusterId())));
    }

    /** Throws unless the caller is a manager of the assessment's cluster and its answers may still change. */
    @Transactional(readOnly = true)
    public AssessmentView.Summary checkEvidenceWritable(Long id, String indicatorCode) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = readable(id, user);
        requireClusterManager(assessment, user);
        if (!EnumSet.of(AssessmentStatus.PRE_CHECK, AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT,
                AssessmentStatus.CLARIFICATION_REQUESTED).contains(assessment.getStatus())) {
            throw new IllegalStateChangeException("Evidence cannot be added: assessment " + id + " is " + assessment.getStatus());
        }
        if (indicatorCode != null && !questionnaireIndicators(assessment).containsKey(indicatorCode)) {
            throw new BusinessRuleException("Unknown indicator", List.of(indicatorCode + " is not an indicator of this questionnaire"));
        }
        return summary(assessment, clusters.byIds(Set.of(assessment.getClusterId())));
    }

    /** Open assignments per expert, for proposing the least loaded; a Gold audit counts for both its experts. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> openAssignmentsPerExpert() {
        Map<String, Long> load = new java.util.TreeMap<>();
        java.util.stream.Stream.concat(assessments.openAssignmentsPerExpert(openStatuses()).stream(),
                        assessments.openAssignmentsPerSecondExpert(openStatuses()).stream())
                .forEach(row -> load.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
        return load;
    }

    /** The assessment a renewal renews, if the caller may see the renewal; "not found" otherwise. */
    @Transactional(readOnly = true)
    public Optional<Long> previousAssessmentOf(Long id) {
        return Optional.ofNullable(readable(id, CurrentUser.get()).getPreviousAssessmentId());
    }

    Assessment readable(Long id, CurrentUser user) {
        return findReadable(id, user).orElseThrow(() -> new NotFoundException("Assessment", id));
    }

    /** The assessment if the caller may see it; never throws, so callers that filter stay in a healthy transaction. */
    @Transactional(readOnly = true)
    public Optional<AssessmentView.Summary> readableSummary(Long id) {
        return findReadable(id, CurrentUser.get())
                .map(a -> summary(a, clusters.byIds(Set.of(a.getClusterId()))));
    }

    /** The summaries of those assessments the caller may see, by id, in two queries however many ids (the inbox). */
    @Transactional(readOnly = true)
    public Map<Long, AssessmentView.Summary> readableSummaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        CurrentUser user = CurrentUser.get();
        List<Assessment> found = assessments.findAllById(Set.copyOf(ids)).stream().filter(a -> mayRead(a, user)).toList();
        Map<Long, ClusterView> byId = clusters.byIds(found.stream().map(Assessment::getClusterId).collect(Collectors.toSet()));
        return found.stream().collect(Collectors.toMap(Assessment::getId, a -> summary(a, byId)));
    }

    Optional<Assessment> findReadable(Long id, CurrentUser user) {
        return assessments.findById(id).filter(assessment -> mayRead(assessment, user));
    }

    private static boolean mayRead(Assessment assessment, CurrentUser user) {
        return user.isSupportStaff() || user.managesCluster(assessment.getClusterId())
                || (user.has(Roles.ASSESSOR) && (user.username().equals(assessment.getExpertUsername())
                        || user.username().equals(assessment.getSecondExpertUsername())));
    }

    /**
     * The open task of this step, if the caller may complete it; otherwise 409 (not at this step) or 403. Where a
     * step has one task per expert (the Gold scores), it is the caller's own.
     */
    TaskView stepTask(Assessment assessment, String taskKey, CurrentUser user) {
        if (assessment.getProcessInstanceId() == null) {
            throw new IllegalStateChangeException("Assessment " + assessment.getId() + " has no running process");
        }
        List<TaskView> open = workflow.openTasks(List.of(assessment.getProcessInstanceId())).stream()
                .filter(t -> t.key().equals(taskKey)).toList();
        TaskView task = open.stream().filter(t -> user.username().equals(t.assignee())).findFirst()
                .or(() -> open.stream().findFirst())
                .orElseThrow(() -> new IllegalStateChangeException("Assessment " + assessment.getId()
                        + " is " + assessment.getStatus() + " and not waiting for " + taskKey));
        requireMayComplete(task, assessment, user);
        return task;
    }

    static void requireMayComplete(TaskView task, Assessment assessment, CurrentUser user) {
        if (task.assignee() != null) {
            if (!task.assignee().equals(user.username())) {
                throw new AccessDeniedException("This task belongs to another user");
            }
            return;
        }
        if (task.candidateGroups().stream().noneMatch(user::has)) {
            throw new AccessDeniedException("This task is for " + task.candidateGroups());
        }
        if (task.candidateGroups().contains(Roles.CLUSTER_MANAGER) && !user.managesCluster(assessment.getClusterId())) {
            throw new AccessDeniedException("This task is for the cluster's own managers");
        }
    }

    void complete(TaskView task, CurrentUser user, Map<String, Object> variables) {
        workflow.complete(task.id(), user.username(), user.roles(), variables);
    }

    static void requireClusterManager(Assessment assessment, CurrentUser user) {
        if (!user.managesCluster(assessment.getClusterId())) {
            throw new AccessDeniedException("Only the cluster's own managers fill its self-assessment");
        }
    }

    Assessment find(Long id) {
        return assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
    }

    Map<String, IndicatorView> questionnaireIndicators(Assessment assessment) {
        return catalogue.byId(assessment.getCatalogueVersionId()).indicators(schemeOf(assessment)).stream()
                .collect(Collectors.toMap(IndicatorView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Scheme schemeOf(Assessment assessment) {
        return assessment.getLevel() == LabelLevel.BRONZE ? Scheme.BRONZE : Scheme.GOLD;
    }

    private Questionnaire questionnaire(Assessment assessment) {
        CatalogueView version = catalogue.byId(assessment.getCatalogueVersionId());
        Scheme scheme = schemeOf(assessment);
        List<CatalogueView.CategoryView> groups = version.categories().stream().filter(c -> c.scheme() == scheme).toList();
        Collection<String> codes = version.indicators(scheme).stream().map(IndicatorView::code).toList();
        List<String> changeable = switch (assessment.getStatus()) {
            case PRE_CHECK, REQUESTED, SELF_ASSESSMENT -> List.copyOf(codes);
            case CLARIFICATION_REQUESTED -> assessment.getClarifications().get(assessment.getClarifications().size() - 1)
                    .getIndicatorCodes();
            default -> List.of();
        };
        long answered = codes.stream().filter(assessment.getAnswers()::containsKey).count();
        return new Questionnaire(assessment.getId(), version.code(), groups, assessment.getAnswers(),
                assessment.getSuccessStories(), (int) answered, codes.size(), assessment.missing(codes, evidence.yearsCovered(assessment.getId()), today()), changeable);
    }

    AssessmentView view(Assessment a) {
        ClusterView cluster = clusters.byIds(Set.of(a.getClusterId())).get(a.getClusterId());
        String catalogueCode = catalogue.byId(a.getCatalogueVersionId()).code();
        List<String> waitingAt = a.getProcessInstanceId() == null ? List.of() : workflow.activeActivities(a.getProcessInstanceId());
        return new AssessmentView(a.getId(), a.getClusterId(), cluster == null ? null : cluster.name(), a.getLevel(),
                a.getStatus(), catalogueCode, a.getRequestedBy(), a.getRequestedAt(), a.getExpertUsername(),
                a.getPlannedInterviewDate(), a.getInterviewDate(), a.isAssignmentEscalated(), a.getAnswers(),
                a.getSuccessStories(), a.getClarifications().stream().map(AssessmentView.Clarification::of).toList(),
                a.getReportSections(), a.getReportSummary(), a.getLabelId(), a.getWithdrawnBy(), a.getWithdrawalReason(),
                a.getSecondExpertUsername(), a.isRenewal(), a.getPreviousAssessmentId(), a.getAuditDays(), a.getAuditUntil(),
                a.getImprovementAreas(), a.getScores(), a.getFinalScores(), AssessmentView.Outcome.of(a), a.getDecisions(),
                waitingAt, AllowedActions.of(facts(a), CurrentUser.get()), a.getVersion());
    }

    static AllowedActions.Facts facts(Assessment a) {
        return new AllowedActions.Facts(a.getLevel(), a.getStatus(), a.getClusterId(), a.getExpertUsername(),
                a.getSecondExpertUsername(), a.getScores().stream().map(IndicatorScore::scoredBy).collect(Collectors.toSet()));
    }

    private static AssessmentView.Summary summary(Assessment a, Map<Long, ClusterView> clustersById) {
        ClusterView cluster = clustersById.get(a.getClusterId());
        return new AssessmentView.Summary(a.getId(), a.getClusterId(), cluster == null ? null : cluster.name(), a.getLevel(),
                a.getStatus(), a.getExpertUsername(), a.getRequestedAt(), a.getUpdatedAt());
    }

    /** Tells the assigned expert (for Gold: both) about a step of their assessment. */
    void notifyExperts(Assessment assessment, String subject, String body) {
        java.util.stream.Stream.of(assessment.getExpertUsername(), assessment.getSecondExpertUsername())
                .filter(java.util.Objects::nonNull)
                .forEach(expert -> notifications.toUser(expert, subject, body, link(assessment.getId())));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen")));
    }

    static Set<AssessmentStatus> openStatuses() {
        return java.util.Arrays.stream(AssessmentStatus.values()).filter(AssessmentStatus::isOpen)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssessmentStatus.class)));
    }

    static String link(Long id) {
        return "/api/assessments/" + id;
    }
}
