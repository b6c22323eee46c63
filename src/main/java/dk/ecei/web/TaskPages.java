package dk.ecei.web;

import dk.ecei.label.LabelLevel;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;

import dk.ecei.assessment.AssessmentTasks;
import dk.ecei.assessment.StepNames;
import dk.ecei.shared.ConcurrentChangeException;
import dk.ecei.shared.ConflictException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox: the tasks that wait for me or my role, with their due dates; claiming one. */
@Controller
class TaskPages {

    private final AssessmentTasks tasks;
    private final MessageSource messages;
    private final StepLinks steps;
    private final Formats formats;
    private final PeopleNames people;
    private final StepNames stepNames;

    TaskPages(AssessmentTasks tasks, MessageSource messages, StepLinks steps, Formats formats, PeopleNames people,
            StepNames stepNames) {
        this.tasks = tasks;
        this.messages = messages;
        this.steps = steps;
        this.formats = formats;
        this.people = people;
        this.stepNames = stepNames;
    }

    /**
     * A row of the inbox as its reader reads it: the step's name, the dates and the holder in the reader's language,
     * the link to the step's own form where it has one (else null). Written here once per row, not cell by cell in
     * the template (six expressions a row, a third of the page's time with 25 rows).
     */
    record TaskRow(String taskId, Long assessmentId, String title, String stepLink, String clusterName, String created,
            String due, String holder) {
    }

    private List<TaskRow> rows(List<AssessmentTasks.TaskItem> items) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        java.util.Map<String, String> names = people.names(items.stream().map(AssessmentTasks.TaskItem::assignee)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        return items.stream().map(t -> {
            String link = steps.link(t.key(), t.assessmentId());
            return new TaskRow(t.taskId(), t.assessmentId(), stepNames.name(t.level(), t.key(), t.name(), locale),
                    link.equals("/assessments/" + t.assessmentId()) ? null : link, t.clusterName(),
                    formats.dateTime(t.created()), t.due() == null ? "–" : formats.dateTime(t.due()),
                    t.assignee() == null ? null : names.getOrDefault(t.assignee(), t.assignee()));
        }).toList();
    }

    /** One page of the reader's tasks, oldest first, of one level or one assessment if asked. */
    @GetMapping("/tasks")
    String inbox(@RequestParam(required = false) LabelLevel level, @RequestParam(required = false) Long assessment,
            @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        ListPage<AssessmentTasks.TaskItem> inbox = tasks.inbox(level, null, assessment, PageQuery.of(page, null));
        model.addAttribute("tasks", rows(inbox.items()));
        model.addAttribute("pager", Pager.of(inbox, request));
        model.addAttribute("level", level);
        model.addAttribute("assessment", assessment);
        model.addAttribute("allLevels", List.of(LabelLevel.BRONZE, LabelLevel.SILVER, LabelLevel.GOLD));
        return "tasks";
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, RedirectAttributes redirect) {
        try {
            tasks.claim(taskId);
            redirect.addFlashAttribute("saved", true);
        } catch (ConcurrentChangeException e) {
            // Somebody else was quicker: say so in the reader's language, not with the service's English sentence.
            redirect.addFlashAttribute("problems", List.of(messages.getMessage("tasks.changedMeanwhile", null,
                    LocaleContextHolder.getLocale())));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(e.reason()));
        }
        return "redirect:/tasks";
    }
}
