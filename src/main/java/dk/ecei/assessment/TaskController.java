package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.ReadProblems;
import dk.ecei.shared.WriteProblems;
import dk.ecei.shared.InvalidFieldException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The task inbox: what waits for me or my role, claiming a task, and completing it with the step's form data. */
@Tag(name = "Tasks", description = "The caller's inbox of process tasks; a task is claimed and completed here or at its step's resource")
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final AssessmentTasks tasks;
    private final StepNames names;

    TaskController(AssessmentTasks tasks, StepNames names) {
        this.tasks = tasks;
        this.names = names;
    }

    /** The task as its reader reads it: the step's name in their language, not the model's English one. */
    private AssessmentTasks.TaskItem named(AssessmentTasks.TaskItem item) {
        return names.named(item, LocaleContextHolder.getLocale());
    }

    @Operation(summary = "The caller's open tasks, oldest first: one page (page, size, total), optionally of one level, step (a task key such as Task_AssignExpert) or assessment")
    @ReadProblems
    @GetMapping
    ListPage<AssessmentTasks.TaskItem> inbox(@RequestParam(required = false) LabelLevel level,
            @RequestParam(required = false) String step, @RequestParam(required = false) Long assessment,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tasks.inbox(level, step, assessment, PageQuery.of(page, size)).map(this::named);
    }

    @Operation(summary = "One task")
    @ReadProblems
    @GetMapping("/{taskId}")
    AssessmentTasks.TaskItem get(@PathVariable String taskId) {
        return named(tasks.get(taskId));
    }

    @Operation(summary = "Claim a task")
    @WriteProblems
    @PostMapping("/{taskId}/claim")
    AssessmentTasks.TaskItem claim(@PathVariable String taskId) {
        return named(tasks.claim(taskId));
    }

    @Operation(summary = "Complete a task with its form")
    @WriteProblems
    @PostMapping("/{taskId}/complete")
    AssessmentView complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode form) {
        if (form != null && !form.isNull() && !form.isObject()) {
            // An array or a bare value is not a step's form; refusing it keeps e.g. [] from submitting a step.
            throw new InvalidFieldException("body", "input.shape");
        }
        return tasks.complete(taskId, form);
    }
}
