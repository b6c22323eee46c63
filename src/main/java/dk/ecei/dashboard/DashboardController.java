package dk.ecei.dashboard;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.PageQuery;
import dk.ecei.shared.ReadProblems;
import dk.ecei.shared.PlausibleDate;
import dk.ecei.dashboard.DashboardQueries.SeriesGrouping;
import dk.ecei.dashboard.DashboardViews.CountsView;
import dk.ecei.shared.Table;
import dk.ecei.shared.ExportTexts;
import dk.ecei.shared.TableExports;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The support function's dashboard. Every table comes as JSON (the default), {@code ?format=csv} or
 * {@code ?format=xlsx}; {@code /api/dashboard/export} puts all of them in one workbook.
 */
@Tag(name = "Dashboard", description = "The national dashboard for support staff; each view also as CSV or Excel (format=csv|xlsx)")
@RestController
@RequestMapping("/api/dashboard")
@PreAuthorize("hasAnyRole('support-staff', 'admin')")
class DashboardController {

    private final DashboardQueries queries;
    private final DashboardCounts counts;

    private final ExportTexts exportTexts;

    DashboardController(DashboardQueries queries, DashboardCounts counts, ExportTexts exportTexts) {
        this.exportTexts = exportTexts;
        this.queries = queries;
        this.counts = counts;
    }

    @Operation(summary = "Clusters with Gold, Silver and Bronze on a date, nationally, by field and by region")
    @ReadProblems
    @GetMapping("/counts")
    ResponseEntity<?> counts(@RequestParam(required = false) @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String format) {
        CountsView view = counts.countsOn(date == null ? queries.today() : date);
        return TableExports.respond(format, "label-counts-" + view.date(), view, view::tables, exportTexts.forReader());
    }

    @Operation(summary = "Label counts month by month")
    @ReadProblems
    @GetMapping("/series")
    ResponseEntity<?> series(@RequestParam(required = false) @PlausibleDate @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @PlausibleDate @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) dk.ecei.cluster.ClusterField field,
            @RequestParam(required = false) dk.ecei.cluster.Region region,
            @RequestParam(required = false) String format) {
        YearMonth end = to == null ? YearMonth.from(queries.today()) : to;
        YearMonth start = from == null ? end.minusMonths(119) : from;
        var view = counts.monthlySeries(start, end, grouping(by), field == null ? null : field.name(),
                region == null ? null : region.name());
        return TableExports.respond(format, "label-series-" + start + "-" + end, view, view::tables, exportTexts.forReader());
    }

    @Operation(summary = "Open assessments by level and step: every count, one page of the assessments (page, size); CSV and Excel hold every row")
    @ReadProblems
    @GetMapping("/pipeline")
    ResponseEntity<?> pipeline(@RequestParam(required = false) String format, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        var view = counts.pipeline();
        return TableExports.respond(format, "pipeline-" + view.today(), view.page(query), view::tables, exportTexts.forReader());
    }

    @Operation(summary = "Labels expected at a future date")
    @ReadProblems
    @GetMapping("/forecast")
    ResponseEntity<?> forecast(@RequestParam @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String format) {
        var view = counts.forecast(date);
        return TableExports.respond(format, "forecast-" + date, view, view::tables, exportTexts.forReader());
    }

    @Operation(summary = "Labels expiring within some months, with renewal status: one page (page, size); CSV and Excel hold every row")
    @ReadProblems
    @GetMapping("/expiring")
    ResponseEntity<?> expiring(@RequestParam(required = false) Integer months,
            @RequestParam(required = false) String format, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        if (months != null && (months < 1 || months > 60)) {
            throw new dk.ecei.shared.InvalidFieldException("months", "input.range", 1, 60);
        }
        var view = counts.expiring(months);
        return TableExports.respond(format, "expiring-" + view.today(), view.page(query), view::tables, exportTexts.forReader());
    }

    @Operation(summary = "Open assignments and overdue steps per assessor: a page of the assessors (page, size) and of the overdue (overduePage); CSV and Excel hold every row")
    @ReadProblems
    @GetMapping("/workload")
    ResponseEntity<?> workload(@RequestParam(required = false) String format, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer overduePage, @RequestParam(required = false) Integer size) {
        PageQuery experts = PageQuery.of(page, size);
        PageQuery overdue = PageQuery.of(overduePage, size);
        var view = counts.workload();
        return TableExports.respond(format, "workload-" + view.today(), view.page(experts, overdue), view::tables,
                exportTexts.forReader());
    }

    /** Every dashboard table of today in one workbook: counts, series of the last 10 years, pipeline and the rest. */
    @Operation(summary = "The whole dashboard as one Excel workbook")
    @ReadProblems
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate today = queries.today();
        LocalDate day = date == null ? today : date;
        YearMonth end = YearMonth.from(day);
        DashboardCounts.OpenWork open = counts.openWork();
        List<Table> tables = new ArrayList<>(counts.countsOn(day).tables());
        tables.addAll(counts.monthlySeries(end.minusMonths(119), end, SeriesGrouping.NONE, null, null).tables());
        tables.addAll(open.pipeline().tables());
        tables.addAll(counts.forecast(today.plusMonths(12), open).tables());
        tables.addAll(counts.expiring(null).tables());
        tables.addAll(open.workload().tables());
        tables.add(DashboardViews.registerTable(day, queries.register(day, null, null, null, null)));
        return TableExports.file(TableExports.xlsx(tables, exportTexts.forReader()), TableExports.XLSX, "ecei-dashboard-" + day + ".xlsx");
    }

    private static SeriesGrouping grouping(String by) {
        if (by == null || by.isBlank()) {
            return SeriesGrouping.NONE;
        }
        try {
            return SeriesGrouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("by must be field or region, not '" + by + "'");
        }
    }
}
