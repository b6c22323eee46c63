package dk.ecei.assessment;

import static dk.ecei.assessment.BronzeProcess.*;
import static dk.ecei.assessment.SilverGoldProcess.*;

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
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.workflow.TaskView;
import dk.ecei.workflow.WorkflowEngine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    }

    @Transactional(readOnly = true)
    public List<TaskItem> inbox() {
        CurrentUser user = CurrentUser.get();
        return workflow.inbox(user.username(), user.roles()).stream()
                .flatMap(task -> item(task).stream())
                .toList();
    }

    /** The open tasks of one assessment the caller may see, with who holds them and when they are due. */
    @Transactional(readOnly = true)
    public List<TaskItem> openTasksOf(Long assessmentId) {
        Assessment assessment = steps.readable(assessmentId, CurrentUser.get());
        if (assessment.getProcessInstanceId() == null) {
            return List.of();
        }
        return workflow.openTasks(List.of(assessment.getProcessInstanceId())).stream()
                .flatMap(task -> item(task).stream())
                .toList();
    }

    @Transactional(readOnly = true)
    public TaskItem get(String taskId) {
        return item(findTask(taskId)).orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    public TaskItem claim(String taskId) {
        CurrentUser user = CurrentUser.get();
        TaskView task = findTask(taskId);
        Assessment assessment = visibleAssessment(task);
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("Task " + taskId + " is already claimed by somebody else");
        }
        AssessmentSteps.requireMayComplete(task, assessment, user);
        workflow.claim(taskId, user.username());
        return get(taskId);
    }

    public AssessmentView complete(String taskId, JsonNode form) {
        TaskView task = findTask(taskId);
        Long id = visibleAssessment(task).getId();
        JsonNode body = form == null ? NullNode.getInstance() : form;
        return switch (task.key()) {
            case TASK_ASSIGN_EXPERT -> assignment.assignExpert(id, read(body, AssignExpert.class));
            case TASK_FILL_SELF_ASSESSMENT, TASK_DESCRIBE_IMPROVEMENTS -> selfAssessments.submit(id);
            case TASK_REVIEW_GAP_ANALYSIS -> selfAssessments.proceedAfterGapAnalysis(id);
            case TASK_ASSIGN_EXPERTS -> assignment.assignExperts(id, read(body, AssignExperts.class));
            case TASK_AUDIT_IMPROVEMENTS -> reviews.recordSilverAudit(id, read(body, SilverAudit.class));
            case TASK_SCORE_INDICATORS -> reviews.scoreIndicators(id, read(body, ScoreIndicators.class));
            case TASK_AGREE_FINAL_SCORES -> reviews.agreeFinalScores(id, read(body, AgreeFinalScores.class));
            case TASK_APPROVE_LABEL -> decisions.decide(id, read(body, LabelDecision.class));
            case TASK_ANSWER_CLARIFICATION -> selfAssessments.answerClarification(id, read(body, AnswerClarification.class));
            case TASK_REVIEW -> {
                ReviewDecision decision = read(body, ReviewDecision.class);
                yield switch (decision.decision()) {
                    case CLARIFY -> reviews.requestClarification(id, required(decision.clarification(), "clarification"));
                    case REPORT -> reviews.writeReport(id, required(decision.report(), "report"));
                };
            }
            default -> throw new BusinessRuleException("Unknown step", List.of("Task " + task.key() + " has no form"));
        };
    }

    private TaskView findTask(String taskId) {
        return workflow.task(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    /** The assessment of a task, if the caller may see it; otherwise the task does not exist for them. */
    private Assessment visibleAssessment(TaskView task) {
        return assessmentId(task).flatMap(id -> steps.findReadable(id, CurrentUser.get()))
                .orElseThrow(() -> new NotFoundException("Task", task.id()));
    }

    private Optional<TaskItem> item(TaskView task) {
        return assessmentId(task).flatMap(assessments::readableSummary).map(a -> new TaskItem(task.id(), task.key(),
                task.name(), a.id(), a.clusterId(), a.clusterName(), a.level(), task.assignee(), task.candidateGroups(),
                task.created(), task.due()));
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
            throw new BusinessRuleException("The form data does not fit this step",
                    List.of("Expected the form of " + type.getSimpleName()));
        }
        if (value == null) {
            throw new BusinessRuleException("The form data does not fit this step", List.of("The form is empty"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new BusinessRuleException("The form data is not valid",
                    violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList());
        }
        return value;
    }

    private static <T> T required(T part, String name) {
        if (part == null) {
            throw new BusinessRuleException("The form data is not complete", List.of(name + " is required"));
        }
        return part;
    }
}
