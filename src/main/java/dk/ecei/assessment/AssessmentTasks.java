package dk.ecei.assessment;

import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dk.ecei.assessment.AssessmentCommands.AgreeFinalScores;
import dk.ecei.assessment.AssessmentCommands.AnswerClarification;
import dk.ecei.assessment.AssessmentCommands.AssignExpert;
import dk.ecei.assessment.AssessmentCommands.AssignExperts;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.assessment.AssessmentCommands.ReviewDecision;
import dk.ecei.assessment.AssessmentCommands.ScoreIndicators;
import dk.ecei.assessment.AssessmentCommands.SilverAudit;
import dk.ecei.label.LabelLevel;
import dk.ecei.security.CurrentUser;
import dk.ecei.security.Roles;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConcurrentChangeException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Violation;
import dk.ecei.workflow.TaskView;
import dk.ecei.workflow.WorkflowEngine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generic task API over the assessment steps. A task is visible only when its assessment is; completing a task
 * runs exactly the same service method as the step's own endpoint, with the same checks.
 */
@Service
@Transactional
public class AssessmentTasks {

    private final WorkflowEngine workflow;
    private final AssessmentSteps steps;
    private final AssessmentService assessments;
    private final ExpertAssignment assignment;
    private final SelfAssessments selfAssessments;
    private final ExpertReviews reviews;
    private final LabelDecisions decisions;
    private final ObjectMapper json;
    private final Validator validator;

    AssessmentTasks(WorkflowEngine workflow, AssessmentSteps steps, AssessmentService assessments,
            ExpertAssignment assignment, SelfAssessments selfAssessments, ExpertReviews reviews, LabelDecisions decisions,
            ObjectMapper json, Validator validator) {
        this.workflow = workflow;
        this.steps = steps;
        this.assessments = assessments;
        this.assignment = assignment;
        this.selfAssessments = selfAssessments;
        this.reviews = reviews;
        this.decisions = decisions;
        this.json = json;
        this.validator = validator;
    }

    /** A task in an inbox, with the assessment it belongs to. */
    public record TaskItem(String taskId, String key, String name, Long assessmentId, Long clusterId, String clusterName,
            LabelLevel level, String assignee, Set<String> candidateGroups, Instant created, Instant due) {

        /** The same task under another name (the step's name in the reader's language). */
        public TaskItem withName(String name) {
            return new TaskItem(taskId, key, name, assessmentId, clusterId, clusterName, level, assignee,
                    candidateGroups, created, due);
        }
    }

    /**
     * One page of the caller's inbox (tasks assigned to them or offered to one of their roles), oldest first; the
     * level, the step (a task's key) and the assessment are optional filters.
     */
    @Transactional(readOnly = true)
    public ListPage<TaskItem> inbox(LabelLevel level, String step, Long assessmentId, PageQuery page) {
        if (step != null && !step.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
            throw new dk.ecei.shared.InvalidFieldException("step", "input.type");
        }
        CurrentUser user = CurrentUser.get();
        String process = level == null ? null : Step.processKey(level);
        String businessKey = assessmentId == null ? null : String.valueOf(assessmentId);
        if (!user.has(Roles.CLUSTER_MANAGER)) {
            // Support staff's group tasks and an expert's own: every one is theirs to read, so the engine pages them.
            return items(workflow.inbox(user.username(), user.roles(), process, step, businessKey, null, page));
        }
        if (!user.has(Roles.ASSESSOR) && !user.isSupportStaff()) {
            // The managers' group holds every cluster's tasks: a manager's inbox is their own cluster's.
            if (user.clusterId().isEmpty()) {
                return ListPage.empty(page);
            }
            return items(workflow.inbox(user.username(), user.roles(), process, step, businessKey,
                    assessments.processInstancesOf(user.clusterId().get()), page));
        }
        // A manager with another role too: the tasks they may read, picked from the whole inbox.
        return ListPage.slice(items(workflow.inbox(user.username(), user.roles(), process, step, businessKey)), page);
    }

    /** The page's tasks as items (those of an assessment the caller may read), its number and total as they are. */
    private ListPage<TaskItem> items(ListPage<TaskView> found) {
        return new ListPage<>(items(found.items()), found.page(), found.size(), found.total());
    }

    /** The open tasks of one assessment the caller may see, with who holds them and when they are due. */
    @Transactional(readOnly = true)
    public List<TaskItem> openTasksOf(Long assessmentId) {
        Assessment assessment = steps.readable(assessmentId, CurrentUser.get());
        if (assessment.getProcessInstanceId() == null) {
            return List.of();
        }
        return items(workflow.openTasks(List.of(assessment.getProcessInstanceId())));
    }

    @Transactional(readOnly = true)
    public TaskItem get(String taskId) {
        return item(findTask(taskId)).orElseThrow(() -> NotFoundException.of("task", taskId));
    }

    public TaskItem claim(String taskId) {
        CurrentUser user = CurrentUser.get();
        TaskView task = findTask(taskId);
        Assessment assessment = visibleAssessment(task);
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConcurrentChangeException("task", taskId,
                    ConcurrentChangeException.reason("claimed", Violation.person(task.assignee())));
        }
        AssessmentSteps.requireMayComplete(task, assessment, user);
        workflow.claim(taskId, user.username());
        return get(taskId);
    }

    public AssessmentView complete(String taskId, JsonNode form) {
        TaskView task = findTask(taskId);
        Assessment assessment = visibleAssessment(task);
        Long id = assessment.getId();
        Step step = Step.of(assessment.getLevel(), task.key()).orElseThrow(
                () -> BusinessRuleException.violated("Unknown step", List.of(dk.ecei.shared.Violation.of("rule.task.noForm",
                        "Task " + task.key() + " has no form", task.key()))));
        JsonNode body = form == null ? NullNode.getInstance() : form;
        // Exhaustive: a step added to the catalogue does not compile until it has its command here.
        return switch (step) {
            case ASSIGN_BENCHMARK_EXPERT, ASSIGN_SILVER_AUDITOR -> assignment.assignExpert(id, read(body, AssignExpert.class));
            case FILL_BENCHMARK_SELF_ASSESSMENT, FILL_GOLD_SELF_ASSESSMENT, DESCRIBE_IMPROVEMENTS -> selfAssessments.submit(id);
            case REVIEW_GAP_ANALYSIS -> selfAssessments.proceedAfterGapAnalysis(id);
            case ASSIGN_GOLD_EXPERTS -> assignment.assignExperts(id, read(body, AssignExperts.class));
            case AUDIT_IMPROVEMENTS -> reviews.recordSilverAudit(id, read(body, SilverAudit.class));
            case SCORE_INDICATORS -> reviews.scoreIndicators(id, read(body, ScoreIndicators.class));
            case AGREE_FINAL_SCORES -> reviews.agreeFinalScores(id, read(body, AgreeFinalScores.class));
            case APPROVE_BRONZE, APPROVE_SILVER, APPROVE_GOLD -> decisions.decide(id, read(body, LabelDecision.class));
            case ANSWER_CLARIFICATION -> selfAssessments.answerClarification(id, read(body, AnswerClarification.class));
            case REVIEW_BENCHMARK -> {
                ReviewDecision decision = read(body, ReviewDecision.class);
                yield switch (decision.decision()) {
                    case CLARIFY -> reviews.requestClarification(id, required(decision.clarification(), "clarification"));
                    case REPORT -> reviews.writeReport(id, required(decision.report(), "report"));
                };
            }
        };
    }

    /**
     * The open task; a task that has ended is a lost race (409, saying who ended it and when) for whoever may see its
     * assessment, and does not exist for anybody else.
     */
    private TaskView findTask(String taskId) {
        return workflow.task(taskId).orElseThrow(() -> {
            Optional<WorkflowEngine.EndedTask> ended = workflow.endedTask(taskId).filter(t -> t.businessKey() != null
                    && t.businessKey().matches("\\d{1,18}")
                    && assessments.readableSummary(Long.valueOf(t.businessKey())).isPresent());
            return ended.<RuntimeException>map(t -> new ConcurrentChangeException("task", taskId, t.assignee() == null
                    ? ConcurrentChangeException.reason("taskEnded", Violation.named("step." + t.key(), t.key()))
                    : ConcurrentChangeException.reason("taskEndedBy", Violation.named("step." + t.key(), t.key()),
                            Violation.person(t.assignee())))).orElseGet(() -> NotFoundException.of("task", taskId));
        });
    }

    /** The assessment of a task, if the caller may see it; otherwise the task does not exist for them. */
    private Assessment visibleAssessment(TaskView task) {
        return assessmentId(task).flatMap(id -> steps.findReadable(id, CurrentUser.get()))
                .orElseThrow(() -> NotFoundException.of("task", task.id()));
    }

    private Optional<TaskItem> item(TaskView task) {
        return items(List.of(task)).stream().findFirst();
    }

    /** The tasks whose assessments the caller may see, with those assessments read in one go. */
    private List<TaskItem> items(List<TaskView> found) {
        Map<Long, AssessmentView.Summary> visible = assessments.readableSummaries(found.stream()
                .flatMap(task -> assessmentId(task).stream()).collect(Collectors.toSet()));
        return found.stream().flatMap(task -> assessmentId(task).map(visible::get).stream().map(a -> new TaskItem(
                task.id(), task.key(), task.name(), a.id(), a.clusterId(), a.clusterName(), a.level(), task.assignee(),
                task.candidateGroups(), task.created(), task.due()))).toList();
    }

    private static Optional<Long> assessmentId(TaskView task) {
        return task.businessKey() != null && task.businessKey().matches("\\d{1,18}")
                ? Optional.of(Long.valueOf(task.businessKey())) : Optional.empty();
    }

    private <T> T read(JsonNode body, Class<T> type) {
        T value;
        try {
            value = json.treeToValue(body, type);
        } catch (Exception e) {
            throw BusinessRuleException.violated("The form data does not fit this step",
                    List.of(dk.ecei.shared.Violation.of("rule.task.formShape", "Expected the form of " + type.getSimpleName(),
                            type.getSimpleName())));
        }
        if (value == null) {
            throw BusinessRuleException.violated("The form data does not fit this step",
                    List.of(dk.ecei.shared.Violation.of("rule.task.formEmpty", "The form is empty")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw BusinessRuleException.violated("The form data is not valid",
                    violations.stream().map(v -> dk.ecei.shared.Violation.at(v.getPropertyPath().toString(), "rule.task.invalid",
                            v.getPropertyPath() + " " + v.getMessage(), v.getPropertyPath().toString(), v.getMessage()))
                            .sorted(java.util.Comparator.comparing(dk.ecei.shared.Violation::defaultText)).toList());
        }
        return value;
    }

    private static <T> T required(T part, String name) {
        if (part == null) {
            throw BusinessRuleException.violated("The form data is not complete",
                    List.of(dk.ecei.shared.Violation.at(name, "rule.task.required", name + " is required", name)));
        }
        return part;
    }
}
