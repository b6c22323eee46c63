package dk.ecei.web;

import dk.ecei.assessment.AssessmentCommands.AnswerClarification;
import dk.ecei.assessment.AssessmentCommands.AssignExpert;
import dk.ecei.assessment.AssessmentCommands.AssignExperts;
import dk.ecei.assessment.AssessmentTasks;
import dk.ecei.label.LabelLevel;
import dk.ecei.assessment.AssessmentCommands.RequestClarification;
import dk.ecei.assessment.AssessmentCommands.WriteReport;
import dk.ecei.assessment.AssessmentFilter;
import dk.ecei.assessment.AssessmentSearch;
import dk.ecei.assessment.AssessmentStatus;
import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentRequests;
import dk.ecei.assessment.ExpertAssignment;
import dk.ecei.assessment.SelfAssessments;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.Questionnaire;
import dk.ecei.assessment.ReportSection;
import dk.ecei.assessor.AssessorService;
import dk.ecei.assessor.AssessorView;
import dk.ecei.assessor.Qualification;
import dk.ecei.evidence.EvidenceService;
import dk.ecei.indicator.CatalogueView.CategoryView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelRegister;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.Violation;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One assessment for everybody who may see it (status, the process diagram, clarifications, evidence, what the
 * reader may do next), and the steps of support staff (assign the expert), the expert (review, clarification request,
 * report) and the cluster (answer a clarification request, withdraw). The self-assessment is {@link SelfAssessmentPages}.
 */
@Controller
class AssessmentPages {

    private final AssessmentService assessments;
    private final AssessmentSearch search;
    private final AssessmentRequests requests;
    private final ExpertAssignment assignment;
    private final SelfAssessments selfAssessments;
    private final ExpertReviews reviews;
    private final AssessmentTasks tasks;
    private final AssessorService assessors;
    private final EvidenceService evidence;
    private final LabelRegister labels;
    private final Clock clock;
    private final RuleErrors ruleErrors;
    private final Formats formats;
    private final ReaderNumbers readerNumbers;

    AssessmentPages(RuleErrors ruleErrors, ReaderNumbers readerNumbers, Formats formats, AssessmentService assessments, AssessmentSearch search, AssessmentRequests requests, ExpertAssignment assignment, SelfAssessments selfAssessments, ExpertReviews reviews, AssessmentTasks tasks,
            AssessorService assessors, EvidenceService evidence, LabelRegister labels, Clock clock) {
        this.assessments = assessments;
        this.search = search;
        this.requests = requests;
        this.assignment = assignment;
        this.selfAssessments = selfAssessments;
        this.reviews = reviews;
        this.tasks = tasks;
        this.assessors = assessors;
        this.evidence = evidence;
        this.labels = labels;
        this.clock = clock;
        this.ruleErrors = ruleErrors;
        this.readerNumbers = readerNumbers;
        this.formats = formats;
    }

    /** The assessments the reader may see, one page at a time, searched, filtered and sorted in the database. */
    @GetMapping("/assessments")
    String list(@RequestParam(required = false) LabelLevel level, @RequestParam(required = false) AssessmentStatus step,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) String cluster,
            @RequestParam(required = false) String expert, @RequestParam(required = false) AssessmentFilter.Sort sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            HttpServletRequest request, Model model) {
        AssessmentFilter filter = new AssessmentFilter(level, step, open, null, cluster, expert, sort);
        ListPage<AssessmentView.Summary> found = search.search(filter, PageQuery.of(page, size));
        model.addAttribute("assessments", found.items());
        model.addAttribute("pager", Pager.of(found, request));
        model.addAttribute("filter", filter);
        model.addAttribute("allLevels", List.of(LabelLevel.BRONZE, LabelLevel.SILVER, LabelLevel.GOLD));
        model.addAttribute("allSteps", AssessmentStatus.values());
        model.addAttribute("allSorts", AssessmentFilter.Sort.values());
        return "assessments/list";
    }

    @GetMapping("/assessments/{id}")
    String show(@PathVariable Long id, Model model) {
        AssessmentView a = assessments.get(id);
        if (!model.containsAttribute("assignForm")) {
            AssignForm form = new AssignForm();
            form.setPlannedInterviewDate(today().plusDays(14));
            model.addAttribute("assignForm", form);
        }
        if (!model.containsAttribute("pairForm")) {
            ExpertPairForm form = new ExpertPairForm();
            form.setPlannedAuditDate(today().plusDays(21));
            model.addAttribute("pairForm", form);
        }
        if (!model.containsAttribute("observerForm")) {
            model.addAttribute("observerForm", new ObserverForm());
        }
        return detail(a, model);
    }

    private String detail(AssessmentView a, Model model) {
        CurrentUser me = CurrentUser.get();
        Questionnaire questionnaire = assessments.questionnaire(a.id());
        model.addAttribute("a", a);
        model.addAttribute("q", questionnaire);
        model.addAttribute("indicators", indicatorsByCode(questionnaire));
        model.addAttribute("evidence", evidence.list(a.id()));
        model.addAttribute("diagram", dk.ecei.assessment.Step.processKey(a.level()));
        model.addAttribute("openTasks", tasks.openTasksOf(a.id()));
        model.addAttribute("isManager", me.managesCluster(a.clusterId()));
        model.addAttribute("isSupport", me.isSupportStaff());
        model.addAttribute("isExpert", me.username().equals(a.expert()));
        model.addAttribute("isSecondExpert", me.username().equals(a.secondExpert()));
        model.addAttribute("isObserver", a.observedBy(me.username()));
        model.addAttribute("label", a.labelId() == null ? null : labels.get(a.labelId()));
        if (!model.containsAttribute("clarificationAnswerForm")) {
            BronzeForms.ClarificationAnswer form = new BronzeForms.ClarificationAnswer();
            if (a.allows("ANSWER_CLARIFICATION") && !a.clarifications().isEmpty()) {
                a.clarifications().get(a.clarifications().size() - 1).indicatorCodes().forEach(code -> form.getAnswers()
                        .put(code, a.answers().get(code) == null ? "" : formats.answer(a.answers().get(code).value())));
            }
            model.addAttribute("clarificationAnswerForm", form);
        }
        if (a.allows("ASSIGN_EXPERT") || a.allows("ASSIGN_EXPERT_PAIR")) {
            Qualification required = switch (a.level()) {
                case BRONZE -> Qualification.BENCHMARKING_EXPERT;
                case SILVER -> Qualification.SILVER_AUDITOR;
                case GOLD -> Qualification.GOLD_ASSESSOR;
            };
            LocalDate planned = a.level() == LabelLevel.GOLD
                    ? ((ExpertPairForm) model.getAttribute("pairForm")).getPlannedAuditDate()
                    : ((AssignForm) model.getAttribute("assignForm")).getPlannedInterviewDate();
            LocalDate on = planned == null ? today() : planned;
            model.addAttribute("qualification", required);
            model.addAttribute("proposals", assessors.proposals(a.clusterId(), required, on,
                    assessments.openAssignmentsPerExpert()));
            Map<AssessorView, List<Violation>> unavailable = new LinkedHashMap<>();
            for (AssessorView assessor : assessors.search(null, null, true)) {
                List<Violation> problems = assessors.assignmentProblems(assessor.username(), a.clusterId(), required, on);
                if (!problems.isEmpty()) {
                    unavailable.put(assessor, problems);
                }
            }
            model.addAttribute("unavailable", unavailable);
        }
        return "assessments/show";
    }

    /**
     * A support-staff form on the assessment page: with valid input the action runs and the page says it is done;
     * a broken rule or invalid input shows the page again (422) with the reasons at their fields.
     */
    private String act(Long id, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String done, Runnable action) {
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("saved", done);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            }
        }
        response.setStatus(422);
        return show(id, model);
    }

    @PostMapping("/assessments/{id}/assignment")
    String assign(@PathVariable Long id, @Valid @ModelAttribute("assignForm") AssignForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, result, model, redirect, response, "assign.done", () ->
                assignment.assignExpert(id, new AssignExpert(form.getExpert(), form.getPlannedInterviewDate(), form.waiver())));
    }

    /** Gold: the two experts; the pair's problems (same person, no foreign expert) are shown at the second expert. */
    @PostMapping("/assessments/{id}/experts")
    String assignExperts(@PathVariable Long id, @Valid @ModelAttribute("pairForm") ExpertPairForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, result, model, redirect, response, "assign.done", () ->
                assignment.assignExperts(id, new AssignExperts(form.getExpert(), form.getSecondExpert(), form.getPlannedAuditDate(),
                        form.waiver())));
    }

    /** Support staff attach an observer to the audit (read access, no scoring). */
    @PostMapping("/assessments/{id}/observers")
    String attachObserver(@PathVariable Long id, @Valid @ModelAttribute("observerForm") ObserverForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, result, model, redirect, response, "observers.done", () ->
                assignment.attachObserver(id, new dk.ecei.assessment.AssessmentCommands.AttachObserver(form.getUsername().strip(),
                        form.getOrganisation().strip())));
    }

    /** Support staff detach an observer (the button beside each observer on the assessment page). */
    @PostMapping("/assessments/{id}/observers/{username}/detach")
    String detachObserver(@PathVariable Long id, @PathVariable String username, RedirectAttributes redirect) {
        assignment.detachObserver(id, username);
        redirect.addFlashAttribute("saved", "observers.detached");
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/assessments/{id}/withdrawal")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (reason == null || reason.isBlank()) {
            model.addAttribute("withdrawError", "NotBlank");
            response.setStatus(422);
            return show(id, model);
        }
        requests.withdraw(id, reason);
        redirect.addFlashAttribute("saved", "withdraw.done");
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/assessments/{id}/clarification-answer")
    String answerClarification(@PathVariable Long id, @Valid @ModelAttribute("clarificationAnswerForm") BronzeForms.ClarificationAnswer form,
            BindingResult result, @RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws java.io.IOException {
        if (!result.hasErrors()) {
            try {
                Questionnaire q = assessments.questionnaire(id);
                // The files the expert asked for go first: a refused file leaves the round open with the text typed.
                attachToClarification(id, files);
                selfAssessments.answerClarification(id, new AnswerClarification(form.getResponse().strip(),
                        readerNumbers.answers(form.getAnswers(), indicatorsByCode(q))));
                redirect.addFlashAttribute("saved", "clarify.answered.done");
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            } catch (dk.ecei.shared.RejectedFileException e) {
                model.addAttribute("filesError", e.isTooLarge() ? "evidence.tooLarge" : "evidence.wrongType");
            }
        }
        response.setStatus(422);
        return show(id, model);
    }

    private void attachToClarification(Long id, List<org.springframework.web.multipart.MultipartFile> files)
            throws java.io.IOException {
        if (files == null || files.stream().allMatch(org.springframework.web.multipart.MultipartFile::isEmpty)) {
            return;
        }
        List<AssessmentView.Clarification> rounds = assessments.get(id).clarifications();
        int round = rounds.isEmpty() ? 0 : rounds.get(rounds.size() - 1).round();
        for (org.springframework.web.multipart.MultipartFile file : files) {
            if (!file.isEmpty()) {
                try (java.io.InputStream content = file.getInputStream()) {
                    evidence.addToClarification(id, round, file.getOriginalFilename(), content);
                }
            }
        }
    }

    // --- the expert -------------------------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/review")
    String review(@PathVariable Long id, Model model) {
        AssessmentView a = assessments.get(id);
        Questionnaire q = assessments.questionnaire(id);
        model.addAttribute("a", a);
        model.addAttribute("q", q);
        model.addAttribute("evidence", evidence.list(id));
        model.addAttribute("mayReview", a.allows("WRITE_REPORT"));
        model.addAttribute("reportParts", List.of("findings", "recommendations"));
        if (!model.containsAttribute("clarificationForm")) {
            model.addAttribute("clarificationForm", new BronzeForms.ClarificationRequest());
        }
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", reportForm(a, q));
        }
        return "assessments/review";
    }

    /** The report as far as the expert wrote it (a draft), every group with a row; the interview day by default today. */
    private BronzeForms.Report reportForm(AssessmentView a, Questionnaire q) {
        BronzeForms.Report form = new BronzeForms.Report();
        form.setInterviewDate(a.interviewDate() != null ? a.interviewDate() : today());
        form.setSummary(a.reportSummary());
        for (CategoryView group : q.groups()) {
            ReportSection written = a.report() == null ? null : a.report().get(group.code());
            form.getGroups().put(group.code(), written == null ? new BronzeForms.Section()
                    : new BronzeForms.Section(written.findings(), written.recommendations()));
        }
        return form;
    }

    @PostMapping("/assessments/{id}/clarifications")
    String requestClarification(@PathVariable Long id, @Valid @ModelAttribute("clarificationForm") BronzeForms.ClarificationRequest form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                reviews.requestClarification(id, form.command());
                redirect.addFlashAttribute("saved", "clarify.requested.done");
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            }
        }
        response.setStatus(422);
        return review(id, model);
    }

    /** Writes the report (which ends the benchmark), or with {@code draft} keeps what the expert wrote so far. */
    @PostMapping("/assessments/{id}/report")
    String writeReport(@PathVariable Long id, @Valid @ModelAttribute("reportForm") BronzeForms.Report form, BindingResult result,
            @RequestParam(required = false) String draft, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        boolean onlyDraft = draft != null;
        // A draft may be incomplete: only a value that could not be read at all (a malformed date) stops it.
        boolean readable = result.getFieldErrors().stream().noneMatch(e -> e.isBindingFailure());
        if (onlyDraft ? readable : !result.hasErrors()) {
            try {
                if (onlyDraft) {
                    reviews.saveReportDraft(id, form.draft());
                    redirect.addFlashAttribute("saved", "report.draftSaved");
                    return "redirect:/assessments/" + id + "/review#report-form";
                }
                reviews.writeReport(id, form.command());
                redirect.addFlashAttribute("saved", "report.written");
                return "redirect:/assessments/" + id + "/report";
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            }
        }
        response.setStatus(422);
        return review(id, model);
    }

    @GetMapping("/assessments/{id}/report")
    String report(@PathVariable Long id, Model model) {
        AssessmentView a = assessments.get(id);
        model.addAttribute("a", a);
        model.addAttribute("q", assessments.questionnaire(id));
        model.addAttribute("label", a.labelId() == null ? null : labels.get(a.labelId()));
        return "assessments/report";
    }

    static Map<String, IndicatorView> indicatorsByCode(Questionnaire q) {
        Map<String, IndicatorView> byCode = new LinkedHashMap<>();
        q.groups().forEach(g -> g.indicators().forEach(i -> byCode.put(i.code(), i)));
        return byCode;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.DANISH_TIME));
    }
}
