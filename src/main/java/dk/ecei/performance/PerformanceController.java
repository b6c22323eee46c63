package dk.ecei.performance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.ReadProblems;
import dk.ecei.shared.WriteProblems;
import dk.ecei.performance.PerformanceViews.CollectionView;
import dk.ecei.performance.PerformanceViews.ReportView;
import dk.ecei.performance.PerformanceViews.YearTotals;
import dk.ecei.shared.ExportTexts;
import dk.ecei.shared.TableExports;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual performance account; who may do what is checked by {@link PerformanceAccount}. */
@Tag(name = "Performance account", description = "The annual performance account: collections, cluster reports, national totals")
@RestController
@RequestMapping("/api/performance")
class PerformanceController {

    private final PerformanceAccount account;

    private final ExportTexts exportTexts;

    PerformanceController(PerformanceAccount account, ExportTexts exportTexts) {
        this.exportTexts = exportTexts;
        this.account = account;
    }

    record OpenCollection(@NotNull @jakarta.validation.constraints.Min(1990) @jakarta.validation.constraints.Max(2100) Integer year) {
    }

    /** version: none for the first report, the version read for a correction. */
    record ReportSubmission(Long version, @NotNull @Valid PerformanceFigures figures) {
    }

    @Operation(summary = "The yearly collections")
    @ReadProblems
    @GetMapping("/collections")
    List<CollectionView> collections() {
        return account.collections();
    }

    @Operation(summary = "Open a collection for a year (support staff)")
    @WriteProblems
    @PostMapping("/collections")
    ResponseEntity<CollectionView> open(@Valid @RequestBody OpenCollection request) {
        CollectionView opened = account.open(request.year());
        return ResponseEntity.created(URI.create("/api/performance/collections/" + opened.year())).body(opened);
    }

    @Operation(summary = "Close a year's collection (support staff)")
    @WriteProblems
    @PostMapping("/collections/{year}/close")
    CollectionView close(@PathVariable @jakarta.validation.constraints.Min(1990) @jakarta.validation.constraints.Max(2100) int year) {
        return account.close(year);
    }

    @Operation(summary = "The reports of a year")
    @ReadProblems
    @GetMapping("/collections/{year}/reports")
    ResponseEntity<?> reports(@PathVariable @jakarta.validation.constraints.Min(1990) @jakarta.validation.constraints.Max(2100) int year, @RequestParam(required = false) String format) {
        List<ReportView> reports = account.reports(year);
        return TableExports.respond(format, "performance-reports-" + year, reports,
                () -> List.of(PerformanceViews.reportsTable(year, reports)), exportTexts.forReader());
    }

    @Operation(summary = "One cluster's report for a year")
    @ReadProblems
    @GetMapping("/collections/{year}/reports/{clusterId}")
    ReportView report(@PathVariable @jakarta.validation.constraints.Min(1990) @jakarta.validation.constraints.Max(2100) int year, @PathVariable Long clusterId) {
        return account.report(year, clusterId);
    }

    @Operation(summary = "Report or correct a cluster's figures while the year is open")
    @WriteProblems
    @PutMapping("/collections/{year}/reports/{clusterId}")
    ReportView submit(@PathVariable @jakarta.validation.constraints.Min(1990) @jakarta.validation.constraints.Max(2100) int year, @PathVariable Long clusterId, @Valid @RequestBody ReportSubmission submission) {
        return account.submit(year, clusterId, submission.version(), submission.figures());
    }

    @Operation(summary = "A year's national totals against goals 1-4")
    @ReadProblems
    @GetMapping("/collections/{year}/totals")
    YearTotals totals(@PathVariable @jakarta.validation.constraints.Min(1990) @jakarta.validation.constraints.Max(2100) int year) {
        return account.totals(year);
    }

    /** The national account of every year (2012-2018 published, later years from the reports) against goals 1-4. */
    @Operation(summary = "The national account 2012 onwards against the goals")
    @ReadProblems
    @GetMapping("/national")
    ResponseEntity<?> national(@RequestParam(required = false) String format) {
        var national = account.national();
        return TableExports.respond(format, "national-performance", national, national::tables, exportTexts.forReader());
    }
}
