package dk.ecei.web;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.SelfAssessments;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.Questionnaire;
import dk.ecei.assessment.SuccessStory;
import dk.ecei.evidence.EvidenceService;
import dk.ecei.label.LabelLevel;
import dk.ecei.evidence.EvidenceSettings;
import dk.ecei.evidence.EvidenceView;
import dk.ecei.indicator.CatalogueView.CategoryView;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConcurrentChangeException;
import dk.ecei.shared.RejectedFileException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The cluster manager's self-assessment: one indicator group at a time, saved as a draft, with progress, evidence
 * files (dropped or chosen), the three success stories, and the submission. Also the evidence viewer for all who may
 * see the assessment.
 */
@Controller
class SelfAssessmentPages {

    /** Types a browser shows itself; everything else is offered as a download. */
    private static final Set<String> SHOWN_INLINE = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private final AssessmentService assessments;
    private final SelfAssessments selfAssessments;
    private final EvidenceService evidence;
    private final EvidenceSettings evidenceSettings;
    private final java.time.Clock clock;
    private final Formats formats;
    private final ReaderNumbers readerNumbers;
    private final RuleErrors ruleErrors;

    SelfAssessmentPages(AssessmentService assessments, SelfAssessments selfAssessments, EvidenceService evidence, EvidenceSettings evidenceSettings,
            java.time.Clock clock, Formats formats, ReaderNumbers readerNumbers, RuleErrors ruleErrors) {
        this.formats = formats;
        this.readerNumbers = readerNumbers;
        this.ruleErrors = ruleErrors;
        this.assessments = assessments;
        this.selfAssessments = selfAssessments;
        this.evidence = evidence;
        this.evidenceSettings = evidenceSettings;
        this.clock = clock;
    }

    @GetMapping("/assessments/{id}/self-assessment")
    String form(@PathVariable Long id, @RequestParam(required = false) String group, Model model) {
        AssessmentView a = assessments.get(id);
        Questionnaire q = assessments.questionnaire(id);
        CategoryView current = q.groups().stream().filter(g -> g.code().equals(group)).findFirst()
                .orElse(q.groups().get(0));
        model.addAttribute("a", a);
        model.addAttribute("q", q);
        model.addAttribute("group", current);
        model.addAttribute("evidence", evidence.list(id));
        boolean mayEdit = CurrentUser.get().managesCluster(a.clusterId()) && !q.changeableIndicators().isEmpty();
        model.addAttribute("mayEdit", mayEdit);
        // The evidence list offers withdraw/replace only where the step still lets the cluster change its answers.
        model.addAttribute("evidenceChangeable", mayEdit);
        model.addAttribute("maxSize", evidenceSettings.maxSize().toBytes());
        model.addAttribute("allowedTypes", evidenceSettings.allowedTypes());
        int thisYear = java.time.Year.now(clock.withZone(Formats.DANISH_TIME)).getValue();
        model.addAttribute("coverableYears", java.util.stream.IntStream.rangeClosed(0, 5).map(i -> thisYear - i).boxed().toList());
        Map<String, Long> done = new LinkedHashMap<>();
        q.groups().forEach(g -> done.put(g.code(), g.indicators().stream().filter(i -> q.answers().containsKey(i.code())).count()));
        model.addAttribute("groupDone", done);
        if (!model.containsAttribute("answersForm")) {
            BronzeForms.Answers form = new BronzeForms.Answers();
            form.setGroup(current.code());
            current.indicators().forEach(i -> form.getAnswers().put(i.code(), shown(q, i.code())));
            model.addAttribute("answersForm", form);
        }
        if (!model.containsAttribute("storiesForm")) {
            model.addAttribute("storiesForm", BronzeForms.Stories.of(q.successStories()));
        }
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", Set.of());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "assessments/self-assessment";
    }

    /** An answer as the page shows it: numbers the reader's way. */
    private String shown(Questionnaire q, String code) {
        var answer = q.answers().get(code);
        return answer == null ? "" : formats.answer(answer.value());
    }

    @PostMapping("/assessments/{id}/self-assessment")
    String save(@PathVariable Long id, @ModelAttribute("answersForm") BronzeForms.Answers form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Questionnaire q = assessments.questionnaire(id);
        try {
            selfAssessments.saveAnswers(id, readerNumbers.answers(form.changed(), AssessmentPages.indicatorsByCode(q)),
                    form.shownVersions());
        } catch (ConcurrentChangeException e) {
            if (!"answer".equals(e.changed())) {
                throw e;
            }
            // Somebody saved some of these answers since this page was shown: nothing is saved, the page shows their
            // answers next to what this person typed (kept in the fields), and saving again replaces theirs.
            List<String> stale = List.of(e.changedId().split(","));
            stale.forEach(code -> result.rejectValue("answers[" + code + "]", "answer.error.stale"));
            model.addAttribute("stale", Set.copyOf(stale));
            response.setStatus(409);
            return form(id, form.getGroup(), model);
        } catch (BusinessRuleException e) {
            ruleErrors.reject(e, result);
            response.setStatus(422);
            return form(id, form.getGroup(), model);
        }
        redirect.addFlashAttribute("saved", "self.savedAnswers");
        return "redirect:" + page(id, form.getNext() == null || form.getNext().isBlank() ? form.getGroup() : form.getNext());
    }

    @PostMapping("/assessments/{id}/success-stories")
    String saveStories(@PathVariable Long id, @Valid @ModelAttribute("storiesForm") BronzeForms.Stories form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        form.check(result);
        if (!result.hasErrors()) {
            try {
                selfAssessments.saveSuccessStories(id, form.command());
                redirect.addFlashAttribute("saved", "self.savedStories");
                return "redirect:" + page(id, "stories") + "#stories";
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            }
        }
        form.fill();
        response.setStatus(422);
        return form(id, form.getGroup(), model);
    }

    @PostMapping("/assessments/{id}/evidence")
    String upload(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String indicatorCode, @RequestParam(required = false) String coversYear,
            @RequestParam(required = false) String group,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        String field = "file";
        String error;
        Integer year = coversYear == null || coversYear.isBlank() ? null
                : coversYear.strip().matches("\\d{4}") ? Integer.valueOf(coversYear.strip()) : -1;
        if (file == null || file.isEmpty()) {
            error = "evidence.choose";
        } else if (year != null && year < 0) {
            field = "coversYear";
            error = "evidence.yearInvalid";
        } else {
            try {
                EvidenceView stored;
                try (java.io.InputStream content = file.getInputStream()) {
                    stored = evidence.add(id, indicatorCode, year, file.getOriginalFilename(), content);
                }
                redirect.addFlashAttribute("uploaded", stored.fileName());
                return "redirect:" + page(id, group) + "#evidence";
            } catch (RejectedFileException e) {
                error = e.isTooLarge() ? "evidence.tooLarge" : "evidence.wrongType";
            } catch (BusinessRuleException e) {
                field = "coversYear";
                error = "evidence.yearInvalid";
            }
        }
        model.addAttribute("errors", Map.of(field, error));
        response.setStatus(422);
        return form(id, group, model);
    }

    /** What the page sends to withdraw or replace a file: why, the group the page showed, and (to replace) the file. */
    record EvidenceChangeForm(@jakarta.validation.constraints.Size(max = 500) String reason, String group,
            MultipartFile file) {
    }

    @PostMapping("/assessments/{id}/evidence/{fileId}/withdrawal")
    String withdraw(@PathVariable Long id, @PathVariable Long fileId,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute("change") EvidenceChangeForm change,
            org.springframework.validation.BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            return evidenceRefused(id, change.group(), "evidence.reasonTooLong", 422, model, response);
        }
        try {
            EvidenceView withdrawn = evidence.withdraw(id, fileId, change.reason());
            redirect.addFlashAttribute("withdrawn", withdrawn.fileName());
            return "redirect:" + page(id, change.group()) + "#evidence";
        } catch (dk.ecei.shared.IllegalStateChangeException | org.springframework.dao.OptimisticLockingFailureException e) {
            return evidenceRefused(id, change.group(), "evidence.notChangeable", 409, model, response);
        }
    }

    @PostMapping("/assessments/{id}/evidence/{fileId}/replacement")
    String replace(@PathVariable Long id, @PathVariable Long fileId,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute("change") EvidenceChangeForm change,
            org.springframework.validation.BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        if (binding.hasErrors()) {
            return evidenceRefused(id, change.group(), "evidence.reasonTooLong", 422, model, response);
        }
        if (change.file() == null || change.file().isEmpty()) {
            return evidenceRefused(id, change.group(), "evidence.choose", 422, model, response);
        }
        try (java.io.InputStream content = change.file().getInputStream()) {
            EvidenceView stored = evidence.replace(id, fileId, change.reason(), change.file().getOriginalFilename(), content);
            redirect.addFlashAttribute("uploaded", stored.fileName());
            return "redirect:" + page(id, change.group()) + "#evidence";
        } catch (RejectedFileException e) {
            return evidenceRefused(id, change.group(), e.isTooLarge() ? "evidence.tooLarge" : "evidence.wrongType", 422,
                    model, response);
        } catch (dk.ecei.shared.IllegalStateChangeException | org.springframework.dao.OptimisticLockingFailureException e) {
            return evidenceRefused(id, change.group(), "evidence.notChangeable", 409, model, response);
        }
    }

    private String evidenceRefused(Long id, String group, String code, int status, Model model, HttpServletResponse response) {
        model.addAttribute("evidenceError", code);
        model.addAttribute("errors", Map.of());
        model.addAttribute("typed", Map.of());
        response.setStatus(status);
        return form(id, group, model);
    }

    @PostMapping("/assessments/{id}/submission")
    String submit(@PathVariable Long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            selfAssessments.submit(id);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problems", e.violations());
            return assessments.get(id).level() == LabelLevel.SILVER
                    ? "redirect:/assessments/" + id + "/improvement-areas#submit" : "redirect:" + page(id, null) + "#submit";
        }
        redirect.addFlashAttribute("saved", "self.submitted");
        return "redirect:/assessments/" + id;
    }

    @GetMapping("/assessments/{id}/evidence/{fileId}")
    String viewer(@PathVariable Long id, @PathVariable Long fileId, Model model) {
        EvidenceView file = evidence.list(id).stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(() -> dk.ecei.shared.NotFoundException.of("evidenceFile", fileId));
        model.addAttribute("a", assessments.get(id));
        model.addAttribute("file", file);
        model.addAttribute("inline", SHOWN_INLINE.contains(file.contentType()));
        return "assessments/evidence";
    }

    @GetMapping("/assessments/{id}/evidence/{fileId}/content")
    ResponseEntity<org.springframework.core.io.Resource> content(@PathVariable Long id, @PathVariable Long fileId,
            @RequestParam(defaultValue = "false") boolean download) {
        EvidenceService.Download file = evidence.download(id, fileId);
        boolean inline = !download && SHOWN_INLINE.contains(file.contentType());
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff");
        // The viewer page frames this response, so it (and only it) may be framed by our own pages; the app's
        // pages keep X-Frame-Options DENY (security headers are only written where a response has none).
        answer.header("X-Frame-Options", "SAMEORIGIN");
        if ("application/pdf".equals(file.contentType())) {
            answer.header("Content-Security-Policy", "frame-ancestors 'self'");
        } else {
            // An uploaded file never runs script in our origin, even when shown inline. (A sandbox would also stop
            // the browser's PDF viewer, and a PDF's scripts run in that viewer, not in our origin.)
            answer.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline';"
                    + " frame-ancestors 'self'");
        }
        return answer.body(file.content());
    }

    private static String page(Long id, String group) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/assessments/{id}/self-assessment");
        if (group != null && !group.isBlank() && !"stories".equals(group)) {
            uri.queryParam("group", group);
        }
        return uri.buildAndExpand(id).toUriString();
    }
}
