package dk.ecei.web;

import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterView;
import dk.ecei.performance.PerformanceAccount;
import dk.ecei.performance.PerformanceFigures;
import dk.ecei.performance.PerformanceViews.CollectionView;
import dk.ecei.performance.PerformanceViews.GoalYear;
import dk.ecei.performance.PerformanceViews.NationalAccount;
import dk.ecei.performance.PerformanceViews.ReportView;
import dk.ecei.performance.PerformanceViews.YearTotals;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The performance account: support staff open and close the yearly collections and follow the national totals against
 * goals 1-4 with the published history; a cluster manager reports their own cluster's figures for an open year.
 */
@Controller
class PerformancePages {

    private final PerformanceAccount account;
    private final ClusterService clusters;
    private final RuleErrors ruleErrors;

    PerformancePages(PerformanceAccount account, ClusterService clusters, RuleErrors ruleErrors) {
        this.ruleErrors = ruleErrors;
        this.account = account;
        this.clusters = clusters;
    }

    /** The year of a new collection. */
    public static class OpenYearForm {

        @NotNull @Min(2000) @Max(2100)
        private Integer year;

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Support staff

    @GetMapping("/performance")
    @PreAuthorize("hasAnyRole('support-staff', 'admin')")
    String account(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("openYearForm", new OpenYearForm());
        return accountPage(year, model);
    }

    @PostMapping("/performance/collections")
    @PreAuthorize("hasRole('support-staff')")
    String open(@Valid @ModelAttribute("openYearForm") OpenYearForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                account.open(form.getYear());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/performance?year=" + form.getYear();
            } catch (ConflictException e) {
                result.rejectValue("year", "performance.yearExists");
            }
        }
        return accountPage(null, model);
    }

    @PostMapping("/performance/collections/{year}/close")
    @PreAuthorize("hasRole('support-staff')")
    String close(@PathVariable int year, RedirectAttributes redirect) {
        account.close(year);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/performance?year=" + year;
    }

    private String accountPage(Integer year, Model model) {
        List<CollectionView> collections = account.collections();
        model.addAttribute("collections", collections);
        NationalAccount national = account.national();
        model.addAttribute("national", national);
        Map<Integer, Map<Integer, GoalYear>> goalYears = new HashMap<>();
        national.goals().forEach(g -> goalYears.put(g.goalNo(),
                g.years().stream().collect(Collectors.toMap(GoalYear::year, y -> y))));
        model.addAttribute("goalYears", goalYears);
        Integer shown = year != null ? year : collections.isEmpty() ? null : collections.get(0).year();
        if (shown != null) {
            YearTotals totals = account.totals(shown);
            model.addAttribute("totals", totals);
            model.addAttribute("reportedIndicators", PerformanceFigures.INDICATORS);
            model.addAttribute("notReported", clusters.byIds(new HashSet<>(totals.clustersNotReported())).values().stream()
                    .sorted(java.util.Comparator.comparing(ClusterView::name)).toList());
        }
        return "performance/account";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Cluster managers

    @GetMapping("/performance/report")
    @PreAuthorize("hasRole('cluster-manager')")
    String reportForm(@RequestParam(required = false) Integer year, Model model) {
        Long clusterId = myCluster();
        List<Integer> open = account.openYears();
        Integer chosen = year != null && open.contains(year) ? year : open.isEmpty() ? null : open.get(0);
        if (chosen != null) {
            Optional<ReportView> existing = account.reportsOf(clusterId).stream().filter(r -> r.year() == chosen).findFirst();
            model.addAttribute("form", existing.map(r -> PerformanceForm.of(r.figures(), r.version())).orElseGet(PerformanceForm::new));
        }
        return reportPage(clusterId, chosen, model);
    }

    @PostMapping("/performance/report/{year}")
    @PreAuthorize("hasRole('cluster-manager')")
    String report(@PathVariable int year, @Valid @ModelAttribute("form") PerformanceForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Long clusterId = myCluster();
        if (!result.hasErrors()) {
            try {
                account.submit(year, clusterId, form.getVersion(), form.figures());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/performance/report?year=" + year;
            } catch (BusinessRuleException e) {
                ruleErrors.reject(e, result);
            } catch (ConflictException e) {
                result.reject("performance.conflict");
            } catch (IllegalStateChangeException | NotFoundException e) {
                result.reject("performance.collectionClosed");
            }
        }
        return reportPage(clusterId, year, model);
    }

    private String reportPage(Long clusterId, Integer year, Model model) {
        model.addAttribute("cluster", clusters.get(clusterId));
        model.addAttribute("openYears", account.openYears());
        model.addAttribute("year", year);
        model.addAttribute("reports", account.reportsOf(clusterId));
        model.addAttribute("fields", PerformanceForm.FIELDS);
        return "performance/report";
    }

    private static Long myCluster() {
        return CurrentUser.get().clusterId().orElseThrow(() -> NotFoundException.of("ownCluster"));
    }
}
