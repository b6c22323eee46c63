package dk.ecei.web;

import dk.ecei.shared.PlausibleDate;
import dk.ecei.dashboard.NationalDashboard;
import dk.ecei.dashboard.NationalDashboard.Overview;
import dk.ecei.dashboard.DashboardViews.ExpertLoad;
import dk.ecei.dashboard.DashboardViews.ExpiringLabel;
import dk.ecei.dashboard.DashboardViews.RenewalStatus;
import dk.ecei.dashboard.DashboardViews.OpenAssessment;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The export buttons link to the dashboard API, which writes the same tables as CSV or Excel. The tables and the chart
 * ({@code dashboard-sections.html}) are written once for the overview's parts and kept while the dashboard's caches
 * hand out the same parts (see {@link #written}); the page around them, the reader's own, is written every time.
 */
@Controller
@PreAuthorize("hasAnyRole('support-staff', 'admin')")
class DashboardPages {

    private final NationalDashboard dashboard;
    private final Formats fmt;
    private final PeopleNames people;
    private final MessageSource messages;
    private final FragmentViews views;

    DashboardPages(NationalDashboard dashboard, Formats fmt, PeopleNames people, MessageSource messages, FragmentViews views) {
        this.dashboard = dashboard;
        this.views = views;
        this.fmt = fmt;
        this.people = people;
        this.messages = messages;
    }

    /*
     * The tables' rows written here, in the reader's language, in one pass: the page's rendering went mostly into
     * evaluating expressions cell by cell (method calls through SpEL's reflection, a message look-up each), and the
     * template now reads finished texts. The level stays a code: the level fragment writes its badge.
     */

    /** One month of the table under the chart, written the reader's way. */
    public record SeriesRow(String month, String gold, String silver, String bronze) {
    }

    /** The open assessments of a level at a step. */
    public record StepRow(LabelLevel level, String step, String count, String oldest, String average, String overdue,
            boolean anyOverdue) {
    }

    /** An assessment in progress: its cluster, step, age, time in its step, holder and whether it is overdue. */
    public record PipelineRow(Long id, String clusterName, LabelLevel level, String step, String age, String inStep,
            String holder, boolean overdue) {
    }

    /** A label expiring soon and how its renewal stands; the open assessment's link text where one is open. */
    public record ExpiringRow(Long clusterId, String clusterName, LabelLevel level, String validUntil, String daysLeft,
            RenewalStatus renewal, String renewedUntil, Long openAssessmentId, String openAssessment) {
    }

    /** An assessor's open assignments by level, the overdue ones and since when the oldest waits. */
    public record WorkloadRow(String expert, String open, String gold, String silver, String bronze, String overdue,
            boolean anyOverdue, String oldestSince) {
    }

    /** The forecast date chosen in the form; a GET form, so a forecast can be bookmarked. */
    public static class ForecastForm {

        @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
    }

    /** The dashboard's tables and chart as written for one reader's language and parameters (see the class). */
    record Sections(String upper, String lower) {
    }

    /** One of the overview's parts, compared as the very instance the dashboard's caches hold. */
    private record Same(Object part) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.part == part;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(part);
        }
    }

    /** What the written sections depend on: every part of the overview as an instance, the language and the parameters. */
    private record SectionsKey(List<Same> parts, Locale reader, String query) {
    }

    /*
     * The sections written for the overview's parts. The parts are the instances DashboardCounts keeps until a change
     * drops them (or they expire), so while the same instances come back the same text would be written again: seven
     * tenths of a view went into writing it. A key holds its parts, so no new part can take an old one's identity;
     * entries of parts no longer kept are never asked for again and go by size or age.
     */
    private final Cache<SectionsKey, Sections> written = Caffeine.newBuilder().maximumSize(32)
            .expireAfterWrite(java.time.Duration.ofMinutes(10)).build();

    @GetMapping("/dashboard")
    String dashboard(@jakarta.validation.Valid @ModelAttribute("forecastForm") ForecastForm form, BindingResult result,
            @RequestParam(required = false) Integer pipelinePage, @RequestParam(required = false) Integer expiringPage,
            @RequestParam(required = false) Integer workloadPage, HttpServletRequest request, HttpServletResponse response,
            Model model) {
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
        Supplier<Sections> write = () -> write(overview, pipelineQuery, expiringQuery, workloadQuery, request, response);
        Sections sections = dashboard.partsKept()
                ? written.get(new SectionsKey(Stream.of(overview.counts(), overview.series(), overview.pipeline(),
                        overview.forecast(), overview.expiring(), overview.workload()).map(Same::new).toList(),
                        LocaleContextHolder.getLocale(), String.valueOf(request.getQueryString())), k -> write.get())
                : write.get();
        model.addAttribute("sections", sections);
        return "dashboard";
    }

    private Sections write(Overview overview, PageQuery pipelineQuery, PageQuery expiringQuery, PageQuery workloadQuery,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> model = new HashMap<>();
        model.put("o", overview);
        model.put("chart", LabelChart.of(overview.series()));
        // The 120 months under the chart, formatted here in one pass: as 480 calls of @fmt from the template they were
        // the largest part of the page's rendering.
        model.put("seriesRows", overview.series().points().stream().filter(p -> "ALL".equals(p.group()))
                .map(p -> new SeriesRow(fmt.month(p.date()), fmt.number(p.gold()), fmt.number(p.silver()), fmt.number(p.bronze())))
                .toList());
        // The counts by step and the totals use every row; the tables of single assessments and labels show a page.
        Locale reader = LocaleContextHolder.getLocale();
        Map<Long, String> days = new HashMap<>();
        model.put("stepRows", overview.pipeline().steps().stream().map(st -> new StepRow(st.level(),
                step(st.status(), reader), fmt.number(st.count()), days(st.oldestAgeDays(), reader, days),
                days(st.averageAgeDays(), reader, days), fmt.number(st.overdue()), st.overdue() > 0)).toList());
        ListPage<OpenAssessment> pipeline = ListPage.slice(overview.pipeline().assessments(), pipelineQuery);
        ListPage<ExpiringLabel> expiring = ListPage.slice(overview.expiring().labels(), expiringQuery);
        Map<String, String> holders = people.holders(pipeline.items().stream().map(OpenAssessment::holder).toList());
        model.put("pipelineRows", pipeline.items().stream().map(a -> new PipelineRow(a.id(), a.clusterName(),
                a.level(), step(a.status(), reader), days(a.ageDays(), reader, days), days(a.daysInStep(), reader, days),
                holders.get(a.holder()), a.overdue())).toList());
        model.put("pipelinePager", Pager.of(pipeline, request, "pipelinePage"));
        model.put("expiringRows", expiring.items().stream().map(e -> new ExpiringRow(e.clusterId(),
                e.clusterName(), e.level(), fmt.date(e.validUntil()), fmt.number(e.daysLeft()), e.renewal(),
                e.renewedUntil() == null ? null : fmt.date(e.renewedUntil()), e.openAssessmentId(),
                e.openAssessmentId() == null ? null : messages.getMessage("dashboard.openAssessment",
                        new Object[] {e.openAssessmentId(), step(e.openAssessmentStatus(), reader)}, reader))).toList());
        model.put("expiringPager", Pager.of(expiring, request, "expiringPage"));
        // The assessors too: a national register's hundreds of experts are a list (the export holds them all).
        ListPage<ExpertLoad> workload = ListPage.slice(overview.workload().experts(), workloadQuery);
        Map<String, String> experts = people.names(workload.items().stream().map(ExpertLoad::expert).toList());
        model.put("workloadRows", workload.items().stream().map(e -> new WorkloadRow(experts.get(e.expert()),
                fmt.number(e.open()), fmt.number(e.gold()), fmt.number(e.silver()), fmt.number(e.bronze()),
                fmt.number(e.overdue()), e.overdue() > 0, fmt.dateTime(e.oldestInStepSince()))).toList());
        model.put("workloadPager", Pager.of(workload, request, "workloadPage"));
        model.put("levels", List.of(LabelLevel.GOLD, LabelLevel.SILVER, LabelLevel.BRONZE));
        model.put("seriesFrom", overview.series().from());
        model.put("seriesTo", overview.series().to());
        model.put("seriesFromMonth", YearMonth.parse(overview.series().from()).atDay(1));
        model.put("seriesToMonth", YearMonth.parse(overview.series().to()).atDay(1));
        model.put("barUnit", barUnit(overview));
        model.put("expiringMonths", monthsAhead(overview.today(), overview.expiring().until()));
        return new Sections(views.render("dashboard-sections :: upper", model, request, response),
                views.render("dashboard-sections :: lower", model, request, response));
    }

    /** A step by its name in the reader's language; a status without a name as it is. */
    private String step(String status, Locale reader) {
        return status == null ? null : messages.getMessage("status." + status, null, status, reader);
    }

    /** "12 dage": the same few numbers come back row after row, so each is written once a page. */
    private String days(long days, Locale reader, Map<Long, String> written) {
        return written.computeIfAbsent(days, d -> messages.getMessage("dashboard.days", new Object[] {d}, reader));
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
