package dk.ecei.dashboard;

import dk.ecei.dashboard.DashboardQueries.SeriesGrouping;
import dk.ecei.dashboard.DashboardViews.CountsView;
import dk.ecei.dashboard.DashboardViews.ExpiringView;
import dk.ecei.dashboard.DashboardViews.ForecastView;
import dk.ecei.dashboard.DashboardViews.PipelineView;
import dk.ecei.dashboard.DashboardViews.SeriesView;
import dk.ecei.dashboard.DashboardViews.WorkloadView;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Everything the dashboard page shows, in one call: the open assessments are read and refined from the engine once
 * and shared by the pipeline and the workload, as the workbook export does.
 */
@Service
@PreAuthorize("hasAnyRole('support-staff', 'admin')")
public class NationalDashboard {

    /** How many months the series on the page covers, ending with the current month. */
    public static final int SERIES_MONTHS = 120;

    private final DashboardQueries queries;
    private final DashboardCounts counts;

    NationalDashboard(DashboardQueries queries, DashboardCounts counts) {
        this.queries = queries;
        this.counts = counts;
    }

    public record Overview(LocalDate today, CountsView counts, SeriesView series, PipelineView pipeline,
            ForecastView forecast, ExpiringView expiring, WorkloadView workload) {
    }

    /** Today's dashboard with the forecast at the date (today or later; null leaves the forecast out). */
    public Overview overview(LocalDate forecastDate) {
        LocalDate today = queries.today();
        YearMonth month = YearMonth.from(today);
        DashboardCounts.OpenWork open = counts.openWork();
        return new Overview(today, counts.countsOn(today),
                counts.monthlySeries(month.minusMonths(SERIES_MONTHS - 1), month, SeriesGrouping.NONE, null, null),
                open.pipeline(), forecastDate == null ? null : counts.forecast(forecastDate, open), counts.expiring(null),
                open.workload());
    }

    /**
     * Whether the overview's parts are kept between reads (the caches are on): then the same instances come back until
     * a change drops them, and what is made of them can be kept as long as they are the same.
     */
    public boolean partsKept() {
        return counts.keeps();
    }

    public LocalDate today() {
        return queries.today();
    }
}
