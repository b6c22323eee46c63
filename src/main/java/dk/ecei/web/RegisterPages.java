package dk.ecei.web;

import dk.ecei.assessor.AssessorService;
import dk.ecei.assessor.AssessorView;
import dk.ecei.assessor.Qualification;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterView;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.notification.NotificationService;
import java.time.Clock;
import dk.ecei.shared.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The assessor register with its conflict warnings, the indicator catalogue and my notifications. */
@Controller
class RegisterPages {

    private final AssessorService assessors;
    private final ClusterService clusters;
    private final CatalogueService catalogue;
    private final NotificationService notifications;
    private final Clock clock;

    RegisterPages(AssessorService assessors, ClusterService clusters, CatalogueService catalogue,
            NotificationService notifications, Clock clock) {
        this.assessors = assessors;
        this.clusters = clusters;
        this.catalogue = catalogue;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Every assessor with their qualifications and ties. A warning marks each tie that still bars them from the
     * cluster today (the same rules as the assignment), and each qualification that has lapsed or lapses within 90 days.
     */
    @GetMapping("/assessors")
    @PreAuthorize("hasAnyRole('support-staff', 'admin')")
    String assessors(@RequestParam(required = false) String q, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.DANISH_TIME));
        List<AssessorView> found = assessors.search(q, null, null);
        Map<Long, ClusterView> tiedClusters = clusters.byIds(found.stream().flatMap(a -> a.ties().stream())
                .map(AssessorView.TieView::clusterId).collect(Collectors.toSet()));
        Map<Long, List<Violation>> conflicts = new LinkedHashMap<>();
        for (AssessorView assessor : found) {
            for (AssessorView.TieView tie : assessor.ties()) {
                List<Violation> problems = assessors.assignmentProblems(assessor.username(), tie.clusterId(),
                        Qualification.BENCHMARKING_EXPERT, today).stream().filter(p -> p.code().startsWith("rule.assessor.tie")).toList();
                if (!problems.isEmpty()) {
                    conflicts.put(tie.id(), problems);
                }
            }
        }
        model.addAttribute("assessors", found);
        model.addAttribute("clusters", tiedClusters);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("today", today);
        model.addAttribute("soon", today.plusDays(90));
        model.addAttribute("q", q);
        return "assessors";
    }

    @GetMapping("/catalogue")
    String catalogue(Model model) {
        model.addAttribute("catalogue", catalogue.current());
        return "catalogue";
    }

    @GetMapping("/notifications")
    String notifications(Model model) {
        model.addAttribute("notifications", notifications.mine());
        return "notifications";
    }
}
