package dk.ecei.web;

import dk.ecei.shared.PlausibleDate;
import dk.ecei.dashboard.NationalDashboard;
import dk.ecei.dashboard.NationalDashboard.Overview;
import dk.ecei.dashboard.DashboardViews.ExpiringLabel;
import dk.ecei.dashboard.DashboardViews.OpenAssessment;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The support function's national dashboard: today's counts against the goal, the labels month by month, by field
 * and by region, the pipeline, the forecast at a chosen date, the labels expiring soon and the assessors' workload.
 * The export buttons link to the dashboard API, which writes the same tables as CSV or Excel.
 */
@Controller
@PreAuthorize("hasAnyRole('support-staff', 'admin')")
class DashboardPages {

    private final NationalDashboard dashboard;
    private final Formats fmt;

    DashboardPages(NationalDashboard dashboard, Formats fmt) {
        this.dashboard = dashboard;
        this.fmt = fmt;
    }

    /** One month of the table under the chart, written the reader's way. */
    public record SeriesRow(String month, String gold, String silver, String bronze) {
    }

    /** The forecast date chosen in the form; a GET form, so a forecast can be bookmarked. */
    public static class ForecastForm {

        @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
    }

    @GetMapping("/dashboard")
    String dashboard(@jakarta.validation.Valid @ModelAttribute("forecastForm") ForecastForm form, BindingResult result,
            @RequestParam(required = false) Integer pipelinePage, @RequestParam(required = false) Integer expiringPage,
            @RequestParam(required = false) Integer workloadPage, HttpServletRequest request, Model model) {
        PageQuery pipelineQuery = PageQuery.of(pipelinePage, null);
        PageQuery expiringQuery = PageQuery.of(expiringPage, null);
        PageQuery workloadQuery = PageQuery.of(workloadPage, null);
        LocalDate today = dashboard.today();
        if (!result.hasErrors() && form.getDate() == null) {
            form.setDate(today.plusMonths(12));
        }
        if (!result.hasErrors() && form.getDate().isBefore(today)) {
            result.rejectValue("date", "dashboard.forecast.past");
        }
        Overview overview = dashboard.overview(result.hasErrors() ? null : form.getDate());
        model.addAttribute("o", overview);
        model.addAttribute("chart", LabelChart.of(overview.series()));
        // The 120 months under the chart, formatted here in one pass: as 480 calls of @fmt from the template they were
        // the largest part of the page's rendering.
        model.addAttribute("seriesRows", overview.series().points().stream().filter(p -> "ALL".equals(p.group()))
                .map(p -> new SeriesRow(fmt.month(p.date()), fmt.number(p.gold()), fmt.number(p.silver()), fmt.number(p.bronze())))
                .toList());
        // The counts by step and the totals use every row; the tables of single assessments and labels show a page.
        ListPage<OpenAssessment> pipeline = ListPage.slice(overview.pipeline().assessments(), pipelineQuery);
        ListPage<ExpiringLabel> expiring = ListPage.slice(overview.expiring().labels(), expiringQuery);
        model.addAttribute("pipelineRows", pipeline.items());
        model.addAttribute("pipelinePager", Pager.of(pipeline, request, "pipelinePage"));
        model.addAttribute("expiringRows", expiring.items());
        model.addAttribute("expiringPager", Pager.of(expiring, request, "expiringPage"));
        // The assessors too: a national register's hundreds of experts are a list (the export holds them all).
        ListPage<dk.ecei.dashboard.DashboardViews.ExpertLoad> workload = ListPage.slice(overview.workload().experts(), workloadQuery);
        model.addAttribute("workloadRows", workload.items());
        model.addAttribute("workloadPager", Pager.of(workload, request, "workloadPage"));
        model.addAttribute("levels", List.of(LabelLevel.GOLD, LabelLevel.SILVER, LabelLevel.BRONZE));
        model.addAttribute("seriesFrom", overview.series().from());
        model.addAttribute("seriesTo", overview.series().to());
        model.addAttribute("seriesFromMonth", YearMonth.parse(overview.series().from()).atDay(1));
        model.addAttribute("seriesToMonth", YearMonth.parse(overview.series().to()).atDay(1));
        model.addAttribute("barUnit", barUnit(overview));
        model.addAttribute("expiringMonths", monthsAhead(overview.today(), overview.expiring().until()));
        return "dashboard";
    }

    /** How many months ahead the list of expiring labels looks (31 December plus 6 months is 30 June: 6, not 5). */
    private static int monthsAhead(LocalDate today, LocalDate until) {
        int months = 0;
        while (today.plusMonths(months).isBefore(until)) {
            months++;
        }
        return months;
    }

    /** The width of one cluster in the bars by field and region (rem), so the longest bar is 10rem wide. */
    private static double barUnit(Overview overview) {
        int longest = Stream.concat(overview.counts().byField().stream(), overview.counts().byRegion().stream())
                .mapToInt(g -> g.gold() + g.silver() + g.bronze()).max().orElse(0);
        return longest == 0 ? 0 : 10.0 / longest;
    }
}
