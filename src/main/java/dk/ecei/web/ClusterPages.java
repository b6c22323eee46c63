package dk.ecei.web;

import dk.ecei.assessment.AssessmentFilter;
import dk.ecei.assessment.AssessmentSearch;
import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentRequests;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterFigureProposals;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterSort;
import dk.ecei.cluster.FigureProposalView;
import dk.ecei.cluster.ClusterType;
import dk.ecei.cluster.ClusterView;
import dk.ecei.cluster.Region;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.PageQuery;
import java.util.Locale;
import java.util.Arrays;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import dk.ecei.assessment.RequestGuide;
import dk.ecei.label.LabelStatus;
import dk.ecei.shared.Violation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cluster register, one cluster with its labels and assessments, its form, and the request for a benchmark. */
@Controller
class ClusterPages {

    private final ClusterService clusters;
    private final LabelRegister labels;
    private final AssessmentService assessments;
    private final AssessmentSearch search;
    private final AssessmentRequests requests;
    private final ClusterFigureProposals proposals;
    private final AuditTrail trail;
    private final MessageSource messages;
    private final RequestGuide guide;
    private final Formats formats;
    private final Clock clock;
    private final dk.ecei.indicator.CatalogueService catalogue;

    ClusterPages(ClusterService clusters, LabelRegister labels, AssessmentService assessments, AssessmentSearch search,
            AssessmentRequests requests, ClusterFigureProposals proposals, AuditTrail trail, MessageSource messages,
            RequestGuide guide, Formats formats, Clock clock, dk.ecei.indicator.CatalogueService catalogue) {
        this.catalogue = catalogue;
        this.trail = trail;
        this.messages = messages;
        this.guide = guide;
        this.formats = formats;
        this.clock = clock;
        this.clusters = clusters;
        this.proposals = proposals;
        this.labels = labels;
        this.assessments = assessments;
        this.search = search;
        this.requests = requests;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allFields", ClusterField.values());
        model.addAttribute("allRegions", Region.values());
        model.addAttribute("allTypes", ClusterType.values());
    }

    @GetMapping("/clusters")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ClusterField field,
            @RequestParam(required = false) Region region, @RequestParam(required = false) ClusterSort sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            HttpServletRequest request, Model model) {
        String text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 200));
        ListPage<ClusterView> found = clusters.page(field, region, text, sort, PageQuery.of(page, size));
        model.addAttribute("clusters", found.items());
        model.addAttribute("pager", Pager.of(found, request));
        model.addAttribute("sort", sort == null ? ClusterSort.NAME : sort);
        model.addAttribute("allSorts", ClusterSort.values());
        model.addAttribute("q", text);
        model.addAttribute("field", field);
        model.addAttribute("region", region);
        return "clusters/list";
    }

    @GetMapping("/my-cluster")
    String mine(Model model) {
        Long id = CurrentUser.get().clusterId().orElseThrow(() -> NotFoundException.of("ownCluster"));
        return show(id, model);
    }

    @GetMapping("/clusters/{id}")
    String show(@PathVariable Long id, Model model) {
        ClusterView cluster = clusters.get(id);
        CurrentUser me = CurrentUser.get();
        model.addAttribute("cluster", cluster);
        List<LabelView> held = labels.ofCluster(id);
        model.addAttribute("labels", held);
        LocalDate today = LocalDate.now(clock.withZone(Formats.DANISH_TIME));
        // A label's status as of today from its dates: the stored status is only as fresh as the nightly expiry job.
        model.addAttribute("labelStatus", held.stream().collect(Collectors.toMap(LabelView::id,
                l -> l.status() == LabelStatus.WITHDRAWN ? LabelStatus.WITHDRAWN
                        : l.validUntil() != null && l.validUntil().isBefore(today) ? LabelStatus.EXPIRED : LabelStatus.ACTIVE)));
        if (me.managesCluster(id) || me.isSupportStaff()) {
            RequestGuide.Guide boxes = guide.of(cluster, held);
            model.addAttribute("eligibilityProfile", boxes.profile());
            model.addAttribute("bronzeAgainFrom", boxes.bronzeAgainFrom());
            model.addAttribute("bronzeUnmet", inReadersLanguage(boxes.bronze().unmet()));
            model.addAttribute("silverUnmet", inReadersLanguage(boxes.silver().unmet()));
            model.addAttribute("goldUnmet", inReadersLanguage(boxes.gold().unmet()));
        }
        // The trail names who changed the register entry; the cluster's own managers and support staff read it.
        model.addAttribute("trail", me.isSupportStaff() || me.managesCluster(id) ? trail.ofCluster(id, held) : null);
        model.addAttribute("assessments", search.search(new AssessmentFilter(null, null, null, id, null, null, null),
                new PageQuery(0, PageQuery.MAX_SIZE)).items());
        model.addAttribute("mayRequest", me.managesCluster(id) || me.isSupportStaff());
        // The Gold box states the pass rule of the catalogue in force (issue 16: the rule is data, not a text).
        dk.ecei.indicator.CatalogueView inForce = catalogue.current();
        model.addAttribute("goldPassRule", inForce.goldPassRule());
        model.addAttribute("goldIndicatorCount", inForce.indicators(dk.ecei.indicator.Scheme.GOLD).size());
        // The register entry, with the figures that decide eligibility, is support staff's; managers propose figures.
        model.addAttribute("mayEdit", me.isSupportStaff());
        model.addAttribute("mayPropose", me.managesCluster(id));
        model.addAttribute("mayDecide", me.isSupportStaff());
        model.addAttribute("proposals", me.isSupportStaff() || me.managesCluster(id) ? proposals.ofCluster(id) : List.of());
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", FigureProposalForm.of(cluster));
        }
        return "clusters/show";
    }

    @GetMapping("/clusters/new")
    String newForm(Model model) {
        model.addAttribute("form", new ClusterForm());
        return "clusters/form";
    }

    @PostMapping("/clusters/new")
    String register(@Valid @ModelAttribute("form") ClusterForm form, BindingResult result, RedirectAttributes redirect) {
        smesWithinCompanies(form.getSmes(), form.getCompanies(), result);
        if (result.hasErrors()) {
            return "clusters/form";
        }
        try {
            ClusterView created = clusters.register(form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clusters/" + created.id();
        } catch (ConflictException e) {
            result.reject("cluster.duplicate");
            return "clusters/form";
        }
    }

    @GetMapping("/clusters/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        if (!CurrentUser.get().isSupportStaff()) {
            throw new AccessDeniedException("The register entry is edited by support staff; managers propose figures");
        }
        ClusterView cluster = clusters.get(id);
        model.addAttribute("cluster", cluster);
        model.addAttribute("form", ClusterForm.of(cluster));
        return "clusters/form";
    }

    @PostMapping("/clusters/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") ClusterForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("cluster", clusters.get(id));
        smesWithinCompanies(form.getSmes(), form.getCompanies(), result);
        if (result.hasErrors()) {
            return "clusters/form";
        }
        try {
            clusters.update(id, form.getVersion(), form.details());
        } catch (ConflictException e) {
            result.reject("cluster.conflict");
            return "clusters/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/clusters/" + id;
    }

    @PostMapping("/clusters/{id}/figure-proposals")
    String propose(@PathVariable Long id, @Valid @ModelAttribute("proposalForm") FigureProposalForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        smesWithinCompanies(form.getSmes(), form.getCompanies(), result);
        if (!result.hasErrors()) {
            try {
                proposals.propose(id, form.proposal());
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + (CurrentUser.get().managesCluster(id) ? "/my-cluster" : "/clusters/" + id);
            } catch (ConflictException e) {
                result.reject("cluster.proposalWaiting");
            }
        }
        return show(id, model);
    }

    @PostMapping("/clusters/figure-proposals/{proposalId}/confirm")
    String confirm(@PathVariable Long proposalId, RedirectAttributes redirect) {
        FigureProposalView decided = proposals.confirm(proposalId);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/clusters/" + decided.clusterId();
    }

    @PostMapping("/clusters/figure-proposals/{proposalId}/reject")
    String reject(@PathVariable Long proposalId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            redirect.addFlashAttribute("problems", List.of());
            redirect.addFlashAttribute("problemsTitle", "cluster.rejectReasonMissing");
            return "redirect:/clusters/" + proposals.clusterOf(proposalId);
        }
        FigureProposalView decided = proposals.reject(proposalId, reason);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/clusters/" + decided.clusterId();
    }

    @PostMapping("/clusters/{id}/bronze")
    String requestBenchmark(@PathVariable Long id, RedirectAttributes redirect) {
        return request(id, () -> requests.requestBenchmark(id), redirect);
    }

    @PostMapping("/clusters/{id}/silver")
    String requestSilver(@PathVariable Long id, RedirectAttributes redirect) {
        return request(id, () -> requests.requestSilver(id), redirect);
    }

    /** A Gold request starts with the gap analysis, so the cluster lands there. */
    @PostMapping("/clusters/{id}/gold")
    String requestGold(@PathVariable Long id, RedirectAttributes redirect) {
        String next = request(id, () -> requests.requestGold(id), redirect);
        return next.startsWith("redirect:/assessments/") ? next + "/gap-analysis" : next;
    }

    /** Starts an assessment; a refusal comes back to the cluster page with every reason, under its own heading. */
    private String request(Long id, Supplier<AssessmentView> start, RedirectAttributes redirect) {
        try {
            AssessmentView created = start.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/assessments/" + created.id();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problems", inReadersLanguage(e.violations()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(e.reason()));
        }
        redirect.addFlashAttribute("problemsTitle", "cluster.requestRefused");
        return "redirect:" + (CurrentUser.get().managesCluster(id) ? "/my-cluster" : "/clusters/" + id);
    }

    /** Each broken rule as a sentence of the reader's language (its default text where no message has its code). */
    private List<String> inReadersLanguage(List<Violation> violations) {
        Locale locale = LocaleContextHolder.getLocale();
        return violations.stream().map(v -> messages.getMessage(new DefaultMessageSourceResolvable(v.getCodes(),
                Arrays.stream(v.getArguments()).map(a -> a instanceof LocalDate date ? formats.date(date) : a).toArray(),
                v.getDefaultMessage()), locale)).toList();
    }

    /** SMEs are among the companies; the service refuses more, the page says so at the SME field. */
    private static void smesWithinCompanies(Integer smes, Integer companies, BindingResult result) {
        if (smes != null && !result.hasFieldErrors("smes") && !result.hasFieldErrors("companies")
                && smes > (companies == null ? 0 : companies)) {
            result.rejectValue("smes", "cluster.smesAboveCompanies", new Object[] {smes, companies == null ? 0 : companies}, null);
        }
    }
}
