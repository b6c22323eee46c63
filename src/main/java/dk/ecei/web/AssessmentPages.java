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
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    private final StepLinks steps;
    private final Clock clock;

    AssessmentPages(AssessmentService assessments, AssessmentSearch search, AssessmentRequests requests, ExpertAssignment assignment, SelfAssessments selfAssessments, ExpertReviews reviews, AssessmentTasks tasks,
            AssessorService assessors, EvidenceService evidence, LabelRegister labels, StepLinks steps, Clock clock) {
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
        this.steps = steps;
        this.clock = clock;
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
        return detail(a, model);
    }

    private String detail(AssessmentView a, Model model) {
        CurrentUser me = CurrentUser.get();
        Questionnaire questionnaire = assessments.questionnaire(a.id());
        model.addAttribute("a", a);
        model.addAttribute("q", questionnaire);
        model.addAttribute("indicators", indicatorsByCode(questionnaire));
        model.addAttribute("evidence", evidence.list(a.id()));
        model.addAttribute("diagram", steps.diagram(a.level()));
        model.addAttribute("openTasks", tasks.openTasksOf(a.id()));
        model.addAttribute("isManager", me.managesCluster(a.clusterId()));
        model.addAttribute("isSupport", me.isSupportStaff());
        model.addAttribute("isExpert", me.username().equals(a.expert()));
        model.addAttribute("isSecondExpert", me.username().equals(a.secondExpert()));
        model.addAttribute("label", a.labelId() == null ? null : labels.get(a.labelId()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", Map.of());
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
            Map<AssessorView, List<String>> unavailable = new LinkedHashMap<>();
            for (AssessorView assessor : assessors.search(null, null, true)) {
                List<String> problems = assessors.assignmentProblems(assessor.username(), a.clusterId(), required, on);
                if (!problems.isEmpty()) {
                    unavailable.put(assessor, problems);
                }
            }
            model.addAttribute("unavailable", unavailable);
        }
        return "assessments/show";
    }

    @PostMapping("/assessments/{id}/assignment")
    String assign(@PathVariable Long id, @Valid @ModelAttribute("assignForm") AssignForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                assignment.assignExpert(id, new AssignExpert(form.getExpert(), form.getPlannedInterviewDate()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                e.reasons().forEach(reason -> result.rejectValue("expert", "assignment.refused", reason));
            }
        }
        response.setStatus(422);
        return show(id, model);
    }

    /** Gold: the two experts; the pair's problems (same person, no foreign expert) are shown at the second expert. */
    @PostMapping("/assessments/{id}/experts")
    String assignExperts(@PathVariable Long id, @Valid @ModelAttribute("pairForm") ExpertPairForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                assignment.assignExperts(id, new AssignExperts(form.getExpert(), form.getSecondExpert(), form.getPlannedAuditDate()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                for (String reason : e.reasons()) {
                    boolean first = reason.contains(form.getExpert()) && !reason.contains(form.getSecondExpert());
                    result.rejectValue(first ? "expert" : "secondExpert", "assignment.refused", reason);
                }
            }
        }
        response.setStatus(422);
        return show(id, model);
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
        redirect.addFlashAttribute("saved", true);
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/assessments/{id}/clarification-answer")
    String answerClarification(@PathVariable Long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws java.io.IOException {
        String text = params.get("response");
        Map<String, String> answers = AnswerParams.answers(params);
        Map<String, String> errors = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            errors.put("response", "NotBlank");
        } else {
            try {
                // The files the expert asked for go first: a refused file leaves the round open with the text typed.
                attachToClarification(id, files);
                selfAssessments.answerClarification(id, new AnswerClarification(text.strip(), answers));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                Questionnaire q = assessments.questionnaire(id);
                errors.putAll(AnswerParams.byIndicator(e.reasons(), indicatorsByCode(q).keySet()));
            } catch (dk.ecei.shared.RejectedFileException e) {
                errors.put("files", e.isTooLarge() ? "evidence.tooLarge" : "evidence.wrongType");
            }
        }
        model.addAttribute("typed", answers);
        model.addAttribute("typedResponse", text);
        model.addAttribute("errors", errors);
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
        model.addAttribute("today", today());
        model.addAttribute("reportParts", List.of("findings", "recommendations"));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return "assessments/review";
    }

    @PostMapping("/assessments/{id}/clarifications")
    String requestClarification(@PathVariable Long id, @RequestParam(name = "indicatorCodes", required = false) List<String> codes,
            @RequestParam(required = false) String question, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (codes == null || codes.isEmpty()) {
            errors.put("indicatorCodes", "clarification.pickIndicator");
        }
        if (question == null || question.isBlank()) {
            errors.put("question", "NotBlank");
        }
        if (errors.isEmpty()) {
            try {
                reviews.requestClarification(id, new RequestClarification(codes, question.strip()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                errors.put("indicatorCodes", String.join("; ", e.reasons()));
            }
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("question", question);
        typed.put("indicatorCodes", codes == null ? List.of() : codes);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        response.setStatus(422);
        return review(id, model);
    }

    @PostMapping("/assessments/{id}/report")
    String writeReport(@PathVariable Long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Questionnaire q = assessments.questionnaire(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate interview = null;
        try {
            interview = LocalDate.parse(params.getOrDefault("interviewDate", ""));
        } catch (DateTimeParseException e) {
            errors.put("interviewDate", "NotNull");
        }
        Map<String, ReportSection> sections = new LinkedHashMap<>();
        for (CategoryView group : q.groups()) {
            String findings = params.getOrDefault("findings." + group.code(), "").strip();
            String recommendations = params.getOrDefault("recommendations." + group.code(), "").strip();
            if (findings.isEmpty()) {
                errors.put("findings." + group.code(), "NotBlank");
            }
            if (recommendations.isEmpty()) {
                errors.put("recommendations." + group.code(), "NotBlank");
            }
            sections.put(group.code(), new ReportSection(findings, recommendations));
        }
        if (errors.isEmpty()) {
            try {
                String summary = params.getOrDefault("summary", "").strip();
                reviews.writeReport(id, new WriteReport(interview, sections, summary.isEmpty() ? null : summary));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id + "/report";
            } catch (BusinessRuleException e) {
                errors.put("interviewDate", String.join("; ", e.reasons()));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("typed", params);
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
