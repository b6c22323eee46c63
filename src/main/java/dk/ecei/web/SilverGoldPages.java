package dk.ecei.web;

import dk.ecei.assessment.AssessmentCommands.AgreeFinalScores;
import dk.ecei.assessment.AssessmentCommands.Approval;
import dk.ecei.assessment.AssessmentCommands.ImprovementAreaForm;
import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.assessment.AssessmentCommands.ScoreIndicators;
import dk.ecei.assessment.AssessmentCommands.SilverAudit;
import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.SelfAssessments;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.assessment.LabelDecisions;
import dk.ecei.assessment.AssessmentStatus;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final Clock clock;

    SilverGoldPages(AssessmentService assessments, SelfAssessments selfAssessments, ExpertReviews reviews, LabelDecisions decisions, LabelRegister labels, Clock clock) {
        this.assessments = assessments;
        this.selfAssessments = selfAssessments;
        this.reviews = reviews;
        this.decisions = decisions;
        this.labels = labels;
        this.clock = clock;
    }

    /** One improvement area as the form shows it: typed or saved. */
    record AreaRow(String title, List<String> codes, String whatChanged, String evidence) {

        static AreaRow of(ImprovementArea area) {
            return new AreaRow(area.title(), area.codes(), area.whatChanged(), area.evidence());
        }

        boolean blank() {
            return title.isBlank() && codes.isEmpty() && whatChanged.isBlank() && evidence.isBlank();
        }
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
        model.addAttribute("mayProceed", a.status() == AssessmentStatus.PRE_CHECK && CurrentUser.get().managesCluster(a.clusterId()));
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
            throw new dk.ecei.shared.NotFoundException("Improvement areas of assessment", id);
        }
        Questionnaire q = assessments.questionnaire(id);
        model.addAttribute("a", a);
        model.addAttribute("q", q);
        model.addAttribute("mayEdit", CurrentUser.get().managesCluster(a.clusterId())
                && (a.status() == AssessmentStatus.REQUESTED || a.status() == AssessmentStatus.SELF_ASSESSMENT));
        if (!model.containsAttribute("areas")) {
            List<AreaRow> rows = new ArrayList<>(a.improvementAreas().stream().map(AreaRow::of).toList());
            while (rows.size() < 3) {
                rows.add(new AreaRow("", List.of(), "", ""));
            }
            model.addAttribute("areas", rows);
            model.addAttribute("errors", Map.of());
        }
        return "assessments/improvement-areas";
    }

    @PostMapping("/assessments/{id}/improvement-areas")
    String saveImprovementAreas(@PathVariable Long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        List<AreaRow> rows = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<ImprovementAreaForm> forms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String p = "area" + i + ".";
            List<String> codes = params.getOrDefault(p + "codes", List.of()).stream().filter(c -> c != null && !c.isBlank()).toList();
            AreaRow row = new AreaRow(text(params.getFirst(p + "title")), codes, text(params.getFirst(p + "whatChanged")),
                    text(params.getFirst(p + "evidence")));
            rows.add(row);
            if (row.blank()) {
                continue;
            }
            required(errors, p + "title", row.title());
            required(errors, p + "whatChanged", row.whatChanged());
            required(errors, p + "evidence", row.evidence());
            if (codes.isEmpty()) {
                errors.put(p + "codes", "NotEmpty");
            }
            forms.add(new ImprovementAreaForm(row.title(), codes, row.whatChanged(), row.evidence()));
        }
        if (errors.isEmpty()) {
            try {
                selfAssessments.saveImprovementAreas(id, forms);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id + "/improvement-areas";
            } catch (BusinessRuleException e) {
                for (String reason : e.reasons()) {
                    var matcher = Pattern.compile("^Improvement area (\\d)").matcher(reason);
                    String key = matcher.find() ? "area" + (Integer.parseInt(matcher.group(1)) - 1) + ".codes" : "";
                    errors.merge(key, reason, (x, y) -> x + "; " + y);
                }
            }
        }
        model.addAttribute("areas", rows);
        model.addAttribute("errors", errors);
        response.setStatus(422);
        return improvementAreas(id, model);
    }

    // --- Silver: the audit ---------------------------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/silver-audit")
    String silverAuditPage(@PathVariable Long id, Model model) {
        AssessmentView a = assessments.get(id);
        CurrentUser me = CurrentUser.get();
        if (a.level() != LabelLevel.SILVER) {
            throw new dk.ecei.shared.NotFoundException("Silver audit of assessment", id);
        }
        if (!me.isSupportStaff() && !me.username().equals(a.expert())) {
            throw new AccessDeniedException("Only the auditor and support staff see the audit form");
        }
        model.addAttribute("a", a);
        model.addAttribute("minimum", minimumRequirements(id));
        model.addAttribute("mayAudit", a.status() == AssessmentStatus.AUDIT && me.username().equals(a.expert()));
        model.addAttribute("today", today());
        defaults(model);
        return "assessments/silver-audit";
    }

    @PostMapping("/assessments/{id}/silver-audit")
    String recordSilverAudit(@PathVariable Long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AssessmentView a = assessments.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate auditDate = date(params, "auditDate", errors);
        List<Judgement> areas = new ArrayList<>();
        for (int i = 0; i < a.improvementAreas().size(); i++) {
            areas.add(judgement(params, "area" + i, errors));
        }
        Map<String, Judgement> checks = new TreeMap<>();
        for (IndicatorView indicator : minimumRequirements(id)) {
            checks.put(indicator.code(), judgement(params, "min." + indicator.code(), errors));
        }
        String findings = text(params.get("findings"));
        String recommendations = text(params.get("recommendations"));
        required(errors, "findings", findings);
        required(errors, "recommendations", recommendations);
        if (errors.isEmpty()) {
            try {
                reviews.recordSilverAudit(id, new SilverAudit(auditDate, areas, checks, new ReportSection(findings, recommendations)));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                errors.putAll(byField(e.reasons(), checks.keySet(), "auditDate"));
            }
        }
        return again(model, params, errors, response, () -> silverAuditPage(id, model));
    }

    // --- Gold: each expert's scores ------------------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/scores")
    String scoresPage(@PathVariable Long id, Model model) {
        AssessmentView a = requireGoldExpertOrSupport(id);
        String me = CurrentUser.get().username();
        boolean isExpert = me.equals(a.expert()) || me.equals(a.secondExpert());
        boolean scored = a.scores().stream().anyMatch(s -> s.scoredBy().equals(me));
        Questionnaire q = assessments.questionnaire(id);
        model.addAttribute("a", a);
        model.addAttribute("q", q);
        model.addAttribute("myScores", a.scores().stream().filter(s -> s.scoredBy().equals(me))
                .collect(Collectors.toMap(IndicatorScore::indicatorCode, s -> s)));
        model.addAttribute("scored", scored);
        model.addAttribute("mayScore", isExpert && !scored && a.status() == AssessmentStatus.AUDIT);
        LocalDate from = a.interviewDate() != null ? a.interviewDate() : a.plannedInterviewDate();
        LocalDate until = a.auditUntil() != null ? a.auditUntil()
                : from == null || a.auditDays() == null ? from : from.plusDays(a.auditDays() - 1L);
        model.addAttribute("plannedFrom", from);
        model.addAttribute("plannedUntil", until);
        defaults(model);
        return "assessments/scores";
    }

    @PostMapping("/assessments/{id}/scores")
    String score(@PathVariable Long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(params, "auditFrom", errors);
        LocalDate until = date(params, "auditUntil", errors);
        Map<String, Judgement> scores = new LinkedHashMap<>();
        for (String code : AssessmentPages.indicatorsByCode(assessments.questionnaire(id)).keySet()) {
            scores.put(code, judgement(params, code, errors));
        }
        if (errors.isEmpty()) {
            try {
                reviews.scoreIndicators(id, new ScoreIndicators(from, until, scores));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                errors.putAll(byField(e.reasons(), scores.keySet(), "auditFrom"));
            }
        }
        return again(model, params, errors, response, () -> scoresPage(id, model));
    }

    // --- Gold: the agreed final scores ---------------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/final-scores")
    String finalScoresPage(@PathVariable Long id, Model model) {
        AssessmentView a = requireGoldExpertOrSupport(id);
        model.addAttribute("a", a);
        model.addAttribute("rows", agreementRows(a, AssessmentPages.indicatorsByCode(assessments.questionnaire(id))));
        model.addAttribute("mayAgree", a.status() == AssessmentStatus.AGREEING_SCORES
                && CurrentUser.get().username().equals(a.expert()));
        defaults(model);
        return "assessments/final-scores";
    }

    @PostMapping("/assessments/{id}/final-scores")
    String agree(@PathVariable Long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AssessmentView a = assessments.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Judgement> agreed = new LinkedHashMap<>();
        for (AgreementRow row : agreementRows(a, AssessmentPages.indicatorsByCode(assessments.questionnaire(id)))) {
            boolean open = row.differ() && !a.finalScores().containsKey(row.code());
            boolean touched = params.get(row.code() + ".met") != null || !text(params.get(row.code() + ".note")).isEmpty();
            if (open || touched) {
                agreed.put(row.code(), judgement(params, row.code(), errors));
            }
        }
        if (errors.isEmpty()) {
            try {
                reviews.agreeFinalScores(id, new AgreeFinalScores(agreed));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                errors.putAll(byField(e.reasons(), agreed.keySet(), ""));
            }
        }
        return again(model, params, errors, response, () -> finalScoresPage(id, model));
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
        if (a.level() == LabelLevel.BRONZE) {
            throw new dk.ecei.shared.NotFoundException("Label decision of assessment", id);
        }
        model.addAttribute("a", a);
        model.addAttribute("minimum", minimumRequirements(id));
        model.addAttribute("mayDecide", a.status() == AssessmentStatus.AWAITING_APPROVAL);
        model.addAttribute("label", a.labelId() == null ? null : labels.get(a.labelId()));
        defaults(model);
        return "assessments/decision";
    }

    @PostMapping("/assessments/{id}/decision")
    String decide(@PathVariable Long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Approval decision = null;
        try {
            decision = Approval.valueOf(params.getOrDefault("decision", ""));
        } catch (IllegalArgumentException e) {
            errors.put("decision", "decision.choose");
        }
        String reason = text(params.get("reason"));
        required(errors, "reason", reason);
        if (errors.isEmpty()) {
            try {
                decisions.decide(id, new LabelDecision(decision, reason));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessments/" + id;
            } catch (BusinessRuleException e) {
                errors.put("reason", String.join("; ", e.reasons()));
            }
        }
        return again(model, params, errors, response, () -> decisionPage(id, model));
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private AssessmentView requireGoldExpertOrSupport(Long id) {
        AssessmentView a = assessments.get(id);
        CurrentUser me = CurrentUser.get();
        if (a.level() != LabelLevel.GOLD) {
            throw new dk.ecei.shared.NotFoundException("Gold scores of assessment", id);
        }
        if (!me.isSupportStaff() && !me.username().equals(a.expert()) && !me.username().equals(a.secondExpert())) {
            throw new AccessDeniedException("Only the Gold experts and support staff see the scores");
        }
        return a;
    }

    private List<IndicatorView> minimumRequirements(Long id) {
        return AssessmentPages.indicatorsByCode(assessments.questionnaire(id)).values().stream()
                .filter(IndicatorView::minimumRequirement).toList();
    }

    /** Met or not met ({@code <prefix>.met} is "true" or "false") and a note ({@code <prefix>.note}). */
    private static Judgement judgement(Map<String, String> params, String prefix, Map<String, String> errors) {
        String met = params.get(prefix + ".met");
        String note = text(params.get(prefix + ".note"));
        if (!"true".equals(met) && !"false".equals(met)) {
            errors.put(prefix + ".met", "judgement.choose");
        }
        required(errors, prefix + ".note", note);
        return new Judgement(met == null ? null : Boolean.valueOf(met), note);
    }

    private static LocalDate date(Map<String, String> params, String name, Map<String, String> errors) {
        try {
            return LocalDate.parse(params.getOrDefault(name, ""));
        } catch (DateTimeParseException e) {
            errors.put(name, "typeMismatch.java.time.LocalDate");
            return null;
        }
    }

    private static void required(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "NotBlank");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * The service's reasons next to the field they name: a reason that names an indicator goes to its note, one about
     * the audit dates to the date field, the rest above the form (key "").
     */
    static Map<String, String> byField(List<String> reasons, Collection<String> codes, String dateField) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String reason : reasons) {
            String key = codes.stream().filter(code -> Pattern.compile("(^|\\s)" + Pattern.quote(code) + "(\\s|,|$)").matcher(reason).find())
                    .findFirst().map(code -> code + ".note")
                    .orElse(!dateField.isEmpty() && reason.toLowerCase().contains("audit") ? dateField : "");
            errors.merge(key, reason, (x, y) -> x + "; " + y);
        }
        return errors;
    }

    private static void defaults(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", Map.of());
        }
    }

    private static String again(Model model, Map<String, String> params, Map<String, String> errors,
            HttpServletResponse response, java.util.function.Supplier<String> page) {
        model.addAttribute("errors", errors);
        model.addAttribute("typed", params);
        response.setStatus(422);
        return page.get();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.DANISH_TIME));
    }
}
