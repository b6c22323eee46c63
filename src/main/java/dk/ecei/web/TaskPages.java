package dk.ecei.web;

import dk.ecei.label.LabelLevel;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;

import dk.ecei.assessment.AssessmentTasks;
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

    TaskPages(AssessmentTasks tasks, MessageSource messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** One page of the reader's tasks, oldest first, of one level or one assessment if asked. */
    @GetMapping("/tasks")
    String inbox(@RequestParam(required = false) LabelLevel level, @RequestParam(required = false) Long assessment,
            @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        ListPage<AssessmentTasks.TaskItem> inbox = tasks.inbox(level, null, assessment, PageQuery.of(page, null));
        model.addAttribute("tasks", inbox.items());
        model.addAttribute("pager", Pager.of(inbox, request));
        model.addAttribute("level", level);
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
