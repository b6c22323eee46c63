package dk.ecei.web;

import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.Region;
import dk.ecei.dashboard.DashboardCounts;
import dk.ecei.dashboard.DashboardViews.RegisterEntry;
import dk.ecei.label.LabelLevel;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public front page (the labels valid today, searchable), the login page and the start page of each role. */
@Controller
class HomePages {

    private final DashboardCounts counts;
    private final Navigation navigation;
    private final Clock clock;

    HomePages(DashboardCounts counts, Navigation navigation, Clock clock) {
        this.counts = counts;
        this.navigation = navigation;
        this.clock = clock;
    }

    /**
     * The labels valid today, searchable by a text in the cluster's name and filtered by level, field and region; the
     * counts above the table are always the national ones.
     */
    @GetMapping("/")
    String home(@RequestParam(required = false) String q, @RequestParam(required = false) LabelLevel level,
            @RequestParam(required = false) ClusterField field, @RequestParam(required = false) Region region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            HttpServletRequest request, Model model) {
        // The register as it stands today, or as it stood on another day (the reference data is from 2016).
        LocalDate today = validOn != null ? validOn : LocalDate.now(clock.withZone(Formats.DANISH_TIME));
        String text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 200));
        ListPage<RegisterEntry> entries = counts.registerPage(today, level, field == null ? null : field.name(),
                region == null ? null : region.name(), text, PageQuery.of(page, size));
        model.addAttribute("entries", entries.items());
        model.addAttribute("pager", Pager.of(entries, request));
        model.addAttribute("q", text);
        model.addAttribute("level", level);
        model.addAttribute("field", field);
        model.addAttribute("region", region);
        model.addAttribute("filtered", text != null || level != null || field != null || region != null || validOn != null);
        model.addAttribute("allLevels", List.of(LabelLevel.GOLD, LabelLevel.SILVER, LabelLevel.BRONZE));
        model.addAttribute("allFields", ClusterField.values());
        model.addAttribute("allRegions", Region.values());
        model.addAttribute("today", today);
        // The counts are the point of the page's head: always complete, one grouped query.
        model.addAttribute("counts", counts.registerCounts(today));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** After login: the first page of the user's role. */
    @GetMapping("/start")
    String start() {
        return "redirect:" + navigation.startPage(CurrentUser.get());
    }
}
