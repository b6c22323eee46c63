package dk.ecei.web;

import dk.ecei.assessment.AssessmentCommands.BatchDecision;
import dk.ecei.assessment.ApprovalSettings;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.LabelDecisions;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approval body's page (support staff): the recommendations waiting for a decision, each with a link to decide it
 * on its own (the decision page), and a form to decide the ticked ones together for a meeting.
 */
@Controller
class ApprovalPages {

    private final LabelDecisions decisions;
    private final ApprovalSettings settings;
    private final RuleErrors ruleErrors;

    ApprovalPages(LabelDecisions decisions, ApprovalSettings settings, RuleErrors ruleErrors) {
        this.decisions = decisions;
        this.settings = settings;
        this.ruleErrors = ruleErrors;
    }

    @GetMapping("/approvals")
    String list(Model model) {
        model.addAttribute("waiting", decisions.awaitingApproval());
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("approvalForm")) {
            model.addAttribute("approvalForm", new ApprovalForm());
        }
        return "approvals";
    }

    @PostMapping("/approvals")
    String decide(@Valid @ModelAttribute("approvalForm") ApprovalForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                List<AssessmentView> decided = decisions.decideBatch(new BatchDecision(form.getAssessmentIds(),
                        form.getDecision(), form.getReason().strip(), form.getMeetingName().strip(), form.getMeetingDate()));
                redirect.addFlashAttribute("decidedCount", decided.size());
                return "redirect:/approvals";
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            } catch (IllegalStateChangeException e) {
                result.rejectValue("assessmentIds", "approvals.notWaiting");
            }
        }
        response.setStatus(422);
        return list(model);
    }
}
