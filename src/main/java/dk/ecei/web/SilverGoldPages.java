package dk.ecei.web;

import dk.ecei.assessment.AssessmentCommands.AgreeFinalScores;
import dk.ecei.assessment.AssessmentCommands.ImprovementAreaForm;
import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.assessment.AssessmentCommands.ScoreIndicators;
import dk.ecei.assessment.AssessmentCommands.SilverAudit;
import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.assessment.LabelDecisions;
import dk.ecei.assessment.SelfAssessments;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.ImprovementArea;
import dk.ecei.assessment.IndicatorScore;
import dk.ecei.assessment.Questionnaire;
import dk.ecei.assessment.ReportSection;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.validation.BindingResult;
import jakarta.validation.Valid;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Silver and Gold steps: the Gold gap analysis (cluster), the Silver improvement areas (cluster), the Silver audit
 * (auditor), the Gold scores and the agreed final scores (experts), and the label committee (support staff). The
 * forms post to the same service methods as the API; the services decide who may do what, and the pages refuse
 * early only what a role could not do anyway. The Gold self-assessment is the generic {@link SelfAssessmentPages}.
 */
@Controller
class SilverGoldPages {

    private final AssessmentService assessments;
    private final SelfAssessments selfAssessments;
    private final ExpertReviews reviews;
    private final LabelDecisions decisions;
    private final LabelRegister labels;
    private final RuleErrors ruleErrors;
    private final dk.ecei.document.BenchmarkChanges benchmarkChanges;
    private final Clock clock;

    SilverGoldPages(AssessmentService assessments, SelfAssessments selfAssessments, ExpertReviews reviews,
            LabelDecisions decisions, LabelRegister labels, RuleErrors ruleErrors,
            dk.ecei.document.BenchmarkChanges benchmarkChanges, Clock clock) {
        this.assessments = assessments;
        this.benchmarkChanges = benchmarkChanges;
        this.ruleErrors = ruleErrors;
        this.selfAssessments = selfAssessments;
        this.reviews = reviews;
        this.decisions = decisions;
        this.labels = labels;
        this.clock = clock;
    }

    /** One indicator on the agreement page: both experts' scores, and the final score so far. */
    record AgreementRow(String code, IndicatorView indicator, List<IndicatorScore> scores, boolean differ) {
    }

    // --- Gold: the gap analysis --------------------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/gap-analysis")
    String gapAnalysis(@PathVariable Long id, Model model) {
        AssessmentView a = assessments.get(id);
        model.addAttribute("a", a);
        model.addAttribute("gap", assessments.gapAnalysis(id));
        model.addAttribute("indicators", AssessmentPages.indicatorsByCode(assessments.questionnaire(id)));
        model.addAttribute("mayProceed", a.allows("PROCEED_AFTER_GAP_ANALYSIS"));
        return "assessments/gap-analysis";
    }

    @PostMapping("/assessments/{id}/gap-analysis/proceed")
    String proceed(@PathVariable Long id, RedirectAttributes redirect) {
        selfAssessments.proceedAfterGapAnalysis(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/assessments/" + id;
    }

    // --- Silver: the three improvement areas -------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/improvement-areas")
    String improvementAreas(@PathVariable Long id, Model model) {
        AssessmentView a = assessments.get(id);
        if (a.level() != LabelLevel.SILVER) {
            throw dk.ecei.shared.NotFoundException.of("improvementAreas", id);
        }
        model.addAttribute("a", a);
        model.addAttribute("q", assessments.questionnaire(id));
        model.addAttribute("mayEdit", a.allows("EDIT_IMPROVEMENT_AREAS"));
        // What improved since the earlier Bronze, from the document module's read model of benchmark changes.
        model.addAttribute("since", benchmarkChanges.forSilver(id).orElse(null));
        if (!model.containsAttribute("areasForm")) {
            StepForms.ImprovementAreas form = new StepForms.ImprovementAreas();
            for (ImprovementArea saved : a.improvementAreas()) {
                StepForms.Area row = new StepForms.Area();
                row.setTitle(saved.title());
                row.setIndicatorCodes(saved.codes());
                row.setWhatChanged(saved.whatChanged());
                row.setEvidence(saved.evidence());
                form.getAreas().add(row);
            }
            form.rows();
            model.addAttribute("areasForm", form);
        }
        return "assessments/improvement-areas";
    }

    /** Rows left wholly empty are not areas; the others need every part, and the service checks the indicators. */
    @PostMapping("/assessments/{id}/improvement-areas")
    String saveImprovementAreas(@PathVariable Long id, @ModelAttribute("areasForm") StepForms.ImprovementAreas form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<StepForms.Area> rows = form.rows();
        List<ImprovementAreaForm> areas = new ArrayList<>();
        List<Integer> rowOfArea = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StepForms.Area row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String path = "areas[" + i + "].";
            requireText(result, path + "title", row.getTitle());
            requireText(result, path + "whatChanged", row.getWhatChanged());
            requireText(result, path + "evidence", row.getEvidence());
            if (row.getIndicatorCodes().isEmpty()) {
                result.rejectValue(path + "indicatorCodes", "NotEmpty");
            }
            areas.add(new ImprovementAreaForm(strip(row.getTitle()), row.getIndicatorCodes(), strip(row.getWhatChanged()),
                    strip(row.getEvidence())));
            rowOfArea.add(i);
        }
        if (!result.hasErrors()) {
            try {
                selfAssessments.saveImprovementAreas(id, areas);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id + "/improvement-areas";
            } catch (BusinessRuleException e) {
                // The service counts the areas it was given; the form counts its rows, blank ones included.
                ruleErrors.reject(e, result, field -> renumber(field, rowOfArea));
            }
        }
        response.setStatus(422);
        return improvementAreas(id, model);
    }

    /** {@code areas[k].x} of the k-th area sent becomes {@code areas[row].x} of the form row it came from. */
    static String renumber(String field, List<Integer> rowOfArea) {
        var m = java.util.regex.Pattern.compile("^areas\\[(\\d+)\\](.*)$").matcher(field);
        if (!m.matches()) {
            return field;
        }
        int k = Integer.parseInt(m.group(1));
        return k < rowOfArea.size() ? "areas[" + rowOfArea.get(k) + "]" + m.group(2) : field;
    }

    // --- Silver: the audit ---------------------------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/silver-audit")
    String silverAuditPage(@PathVariable Long id, Model model) {
        AssessmentView a = assessments.get(id);
        CurrentUser me = CurrentUser.get();
        if (a.level() != LabelLevel.SILVER) {
            throw dk.ecei.shared.NotFoundException.of("silverAudit", id);
        }
        if (!me.isSupportStaff() && !me.username().equals(a.expert()) && !a.observedBy(me.username())) {
            throw new AccessDeniedException("Only the auditor, support staff and observers see the audit");
        }
        List<IndicatorView> minimum = minimumRequirements(id);
        model.addAttribute("a", a);
        // The Bronze indicators that improved behind each area, linked to their rows of the benchmarking report.
        model.addAttribute("since", benchmarkChanges.forSilver(id).orElse(null));
        model.addAttribute("minimum", minimum);
        model.addAttribute("mayAudit", a.allows("RECORD_SILVER_AUDIT"));
        if (!model.containsAttribute("auditForm")) {
            StepForms.SilverAudit form = new StepForms.SilverAudit();
            form.setAuditDate(a.interviewDate() != null ? a.interviewDate() : today());
            a.improvementAreas().forEach(area -> form.getAreas().add(new StepForms.Judgement(area.findingMet(), area.findingNote())));
            minimum.forEach(i -> {
                var saved = a.finalScores().get(i.code());
                form.getMinimumRequirements().put(i.code(), saved == null ? new StepForms.Judgement()
                        : new StepForms.Judgement(saved.met(), saved.note()));
            });
            ReportSection report = a.report().get("SILVER");
            if (report != null) {
                form.getReport().setFindings(report.findings());
                form.getReport().setRecommendations(report.recommendations());
            }
            model.addAttribute("auditForm", form);
        }
        return "assessments/silver-audit";
    }

    @PostMapping("/assessments/{id}/silver-audit")
    String recordSilverAudit(@PathVariable Long id, @Valid @ModelAttribute("auditForm") StepForms.SilverAudit form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AssessmentView a = refuseObservers(id);
        List<StepForms.Judgement> areas = new ArrayList<>(form.getAreas());
        for (int i = areas.size(); i < a.improvementAreas().size(); i++) {
            areas.add(new StepForms.Judgement());
            result.rejectValue("areas[" + i + "].met", "NotNull");
        }
        for (IndicatorView indicator : minimumRequirements(id)) {
            if (form.getMinimumRequirements().get(indicator.code()) == null) {
                form.getMinimumRequirements().put(indicator.code(), new StepForms.Judgement());
                result.rejectValue("minimumRequirements[" + indicator.code() + "].met", "NotNull");
            }
        }
        if (!result.hasErrors()) {
            try {
                Map<String, Judgement> checks = new TreeMap<>();
                form.getMinimumRequirements().forEach((code, j) -> checks.put(code, j.command()));
                reviews.recordSilverAudit(id, new SilverAudit(form.getAuditDate(),
                        areas.stream().map(StepForms.Judgement::command).toList(), checks,
                        new ReportSection(strip(form.getReport().getFindings()), strip(form.getReport().getRecommendations()))));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            }
        }
        response.setStatus(422);
        return silverAuditPage(id, model);
    }

    // --- Gold: each expert's scores ------------------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/scores")
    String scoresPage(@PathVariable Long id, Model model) {
        AssessmentView a = requireGoldExpertOrSupport(id);
        String me = CurrentUser.get().username();
        Questionnaire q = assessments.questionnaire(id);
        Map<String, IndicatorScore> mine = a.scores().stream().filter(s -> s.scoredBy().equals(me))
                .collect(Collectors.toMap(IndicatorScore::indicatorCode, s -> s));
        model.addAttribute("a", a);
        model.addAttribute("q", q);
        model.addAttribute("myScores", mine);
        model.addAttribute("scored", !mine.isEmpty());
        model.addAttribute("mayScore", a.allows("SCORE_INDICATORS"));
        if (!model.containsAttribute("scoresForm")) {
            StepForms.Scores form = new StepForms.Scores();
            LocalDate from = a.interviewDate() != null ? a.interviewDate() : a.plannedInterviewDate();
            // The expert records the days the audit took once it has taken place: a planned day still ahead is no
            // default (the rules refuse audit days in the future), the page says when it is planned instead.
            if (a.interviewDate() == null && from != null && from.isAfter(today())) {
                model.addAttribute("plannedAudit", from);
                from = null;
            }
            form.setAuditFrom(from);
            form.setAuditUntil(a.auditUntil() != null ? a.auditUntil()
                    : from == null || a.auditDays() == null ? from : from.plusDays(a.auditDays() - 1L));
            AssessmentPages.indicatorsByCode(q).keySet().forEach(code -> {
                IndicatorScore score = mine.get(code);
                form.getScores().put(code, score == null ? new StepForms.Judgement() : new StepForms.Judgement(score.met(), score.note()));
            });
            model.addAttribute("scoresForm", form);
        }
        return "assessments/scores";
    }

    @PostMapping("/assessments/{id}/scores")
    String score(@PathVariable Long id, @Valid @ModelAttribute("scoresForm") StepForms.Scores form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        refuseObservers(id);
        for (String code : AssessmentPages.indicatorsByCode(assessments.questionnaire(id)).keySet()) {
            if (form.getScores().get(code) == null) {
                form.getScores().put(code, new StepForms.Judgement());
                result.rejectValue("scores[" + code + "].met", "NotNull");
            }
        }
        if (!result.hasErrors()) {
            try {
                Map<String, Judgement> scores = new LinkedHashMap<>();
                form.getScores().forEach((code, j) -> scores.put(code, j.command()));
                reviews.scoreIndicators(id, new ScoreIndicators(form.getAuditFrom(), form.getAuditUntil(), scores));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            }
        }
        response.setStatus(422);
        return scoresPage(id, model);
    }

    // --- Gold: the agreed final scores ---------------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/final-scores")
    String finalScoresPage(@PathVariable Long id, Model model) {
        AssessmentView a = requireGoldExpertOrSupport(id);
        List<AgreementRow> rows = agreementRows(a, AssessmentPages.indicatorsByCode(assessments.questionnaire(id)));
        model.addAttribute("a", a);
        model.addAttribute("rows", rows);
        model.addAttribute("mayAgree", a.allows("AGREE_FINAL_SCORES"));
        if (!model.containsAttribute("agreementForm")) {
            StepForms.Agreement form = new StepForms.Agreement();
            rows.forEach(row -> form.getScores().put(row.code(), new StepForms.Judgement()));
            model.addAttribute("agreementForm", form);
        }
        return "assessments/final-scores";
    }

    /** The rows the experts scored differently need an agreed score; any other row counts only when touched. */
    @PostMapping("/assessments/{id}/final-scores")
    String agree(@PathVariable Long id, @ModelAttribute("agreementForm") StepForms.Agreement form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AssessmentView a = refuseObservers(id);
        Map<String, Judgement> agreed = new LinkedHashMap<>();
        for (AgreementRow row : agreementRows(a, AssessmentPages.indicatorsByCode(assessments.questionnaire(id)))) {
            StepForms.Judgement j = form.getScores().computeIfAbsent(row.code(), code -> new StepForms.Judgement());
            if ((row.differ() && !a.finalScores().containsKey(row.code())) || j.touched()) {
                if (j.getMet() == null) {
                    result.rejectValue("scores[" + row.code() + "].met", "NotNull");
                }
                requireText(result, "scores[" + row.code() + "].note", j.getNote());
                agreed.put(row.code(), j.command());
            }
        }
        if (!result.hasErrors()) {
            try {
                reviews.agreeFinalScores(id, new AgreeFinalScores(agreed));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            }
        }
        response.setStatus(422);
        return finalScoresPage(id, model);
    }

    /** The indicators the experts scored differently; after a send back with none left, every indicator may be revised. */
    private static List<AgreementRow> agreementRows(AssessmentView a, Map<String, IndicatorView> indicators) {
        Map<String, List<IndicatorScore>> byCode = a.scores().stream()
                .collect(Collectors.groupingBy(IndicatorScore::indicatorCode, TreeMap::new, Collectors.toList()));
        List<AgreementRow> rows = new ArrayList<>();
        indicators.forEach((code, indicator) -> {
            List<IndicatorScore> pair = byCode.getOrDefault(code, List.of());
            rows.add(new AgreementRow(code, indicator, pair, pair.stream().map(IndicatorScore::met).distinct().count() > 1));
        });
        boolean anyDiffer = rows.stream().anyMatch(AgreementRow::differ);
        boolean sentBack = a.decisions().stream().anyMatch(d -> "SENT_BACK".equals(d.outcome()));
        return anyDiffer && !sentBack ? rows.stream().filter(AgreementRow::differ).toList() : rows;
    }

    // --- the label committee -------------------------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/decision")
    String decisionPage(@PathVariable Long id, Model model) {
        if (!CurrentUser.get().isSupportStaff()) {
            throw new AccessDeniedException("The label committee is support staff");
        }
        AssessmentView a = assessments.get(id);
        // A Bronze benchmark reaches the body only where it approves Bronze (ecei.approval.bronze), and has no minimum requirements.
        if (a.level() == LabelLevel.BRONZE && a.outcome() == null
                && a.decisions().stream().noneMatch(d -> "LABEL_COMMITTEE".equals(d.kind()))) {
            throw dk.ecei.shared.NotFoundException.of("labelDecision", id);
        }
        model.addAttribute("a", a);
        model.addAttribute("minimum", a.level() == LabelLevel.BRONZE ? List.of() : minimumRequirements(id));
        model.addAttribute("mayDecide", a.allows("DECIDE"));
        model.addAttribute("label", a.labelId() == null ? null : labels.get(a.labelId()));
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new StepForms.Decision());
        }
        return "assessments/decision";
    }

    @PostMapping("/assessments/{id}/decision")
    String decide(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") StepForms.Decision form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                decisions.decide(id, new LabelDecision(form.getDecision(), strip(form.getReason())));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            }
        }
        response.setStatus(422);
        return decisionPage(id, model);
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private AssessmentView requireGoldExpertOrSupport(Long id) {
        AssessmentView a = assessments.get(id);
        CurrentUser me = CurrentUser.get();
        if (a.level() != LabelLevel.GOLD) {
            throw dk.ecei.shared.NotFoundException.of("goldScores", id);
        }
        if (!me.isSupportStaff() && !me.username().equals(a.expert()) && !me.username().equals(a.secondExpert())
                && !a.observedBy(me.username())) {
            throw new AccessDeniedException("Only the Gold experts, support staff and observers see the scores");
        }
        return a;
    }

    /** A form posted by an observer is refused before it is even checked: they hold no step. */
    private AssessmentView refuseObservers(Long id) {
        AssessmentView a = assessments.get(id);
        CurrentUser me = CurrentUser.get();
        if (a.observedBy(me.username()) && !me.isSupportStaff() && !me.username().equals(a.expert())
                && !me.username().equals(a.secondExpert())) {
            throw new AccessDeniedException("An observer reads the assessment and acts on nothing");
        }
        return a;
    }

    private List<IndicatorView> minimumRequirements(Long id) {
        return AssessmentPages.indicatorsByCode(assessments.questionnaire(id)).values().stream()
                .filter(IndicatorView::minimumRequirement).toList();
    }

    private static void requireText(BindingResult result, String field, String value) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "NotBlank");
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.DANISH_TIME));
    }
}
