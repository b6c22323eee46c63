package dk.ecei.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.ecei.assessment.LabelAwarded;
import dk.ecei.dashboard.DashboardQueries.SeriesGrouping;
import dk.ecei.dashboard.DashboardViews.CountsView;
import dk.ecei.dashboard.DashboardViews.ForecastView;
import dk.ecei.dashboard.DashboardViews.RegisterEntry;
import dk.ecei.dashboard.DashboardViews.SeriesView;
import dk.ecei.label.LabelExpired;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelWithdrawn;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The label counts of the dashboard and the register (by level on a day with the goal figures, month by month, the
 * counts above the register, the clusters holding each level that the forecast starts from, the register's order), kept for {@code ecei.dashboard.counts-cache}: they change only when a label is awarded,
 * withdrawn or expires, and every one of those drops them after its commit, so a new label shows at once. The lists
 * (pipeline, workload, expiring, the register's pages) are read afresh.
 */
@Service
public class DashboardCounts {

    private record Counts(LocalDate day) {
    }

    private record Series(YearMonth from, YearMonth to, SeriesGrouping by, String field, String region) {
    }

    private record RegisterCounts(LocalDate day) {
    }

    private record Holders(LocalDate day) {
    }

    private record RegisterOrder(LocalDate day) {
    }

    private final DashboardQueries queries;
    /** Null when the setting is zero: every read goes to the database. */
    private final Cache<Record, Object> cache;

    DashboardCounts(DashboardQueries queries, DashboardSettings settings) {
        this.queries = queries;
        this.cache = settings.countsCache().isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(settings.countsCache()).maximumSize(1_000).build();
    }

    /** {@link DashboardQueries#countsOn}, cached. */
    public CountsView countsOn(LocalDate day) {
        return cached(new Counts(day), () -> queries.countsOn(day));
    }

    /** {@link DashboardQueries#monthlySeries}, cached. */
    public SeriesView monthlySeries(YearMonth from, YearMonth to, SeriesGrouping by, String field, String region) {
        return cached(new Series(from, to, by, field, region), () -> queries.monthlySeries(from, to, by, field, region));
    }

    /** {@link DashboardQueries#registerCounts}, cached (in the order of the levels, as the page lists them). */
    public Map<LabelLevel, Long> registerCounts(LocalDate day) {
        return cached(new RegisterCounts(day), () -> Collections.unmodifiableMap(new EnumMap<>(queries.registerCounts(day))));
    }

    /**
     * {@link DashboardQueries#registerPage}: the unfiltered register (the start page) pages through its order kept here
     * (the ids of the labels valid on the day, Gold first, then by the cluster's name), so that a page reads its 25
     * labels by id instead of sorting every valid label with its cluster; names and fields are read afresh. A filtered
     * register is read as it is asked. A renamed cluster keeps its old place until the kept order is dropped.
     */
    public ListPage<RegisterEntry> registerPage(LocalDate validOn, LabelLevel level, String field, String region, String text,
            PageQuery page) {
        if (cache == null || level != null || field != null || region != null || (text != null && !text.isBlank())) {
            return queries.registerPage(validOn, level, field, region, text, page);
        }
        List<Long> order = cached(new RegisterOrder(validOn), () -> List.copyOf(queries.registerOrder(validOn)));
        return queries.registerPage(order, page);
    }

    /**
     * {@link DashboardQueries#forecast}: the pipeline read afresh, the clusters holding each level today and on the date
     * (two reads of every label valid then) cached.
     */
    public ForecastView forecast(LocalDate date) {
        return queries.forecast(date, day -> cached(new Holders(day), () -> {
            Map<LabelLevel, Set<Long>> held = new EnumMap<>(LabelLevel.class);
            queries.holders(day).forEach((level, clusters) -> held.put(level, Set.copyOf(clusters)));
            return Collections.unmodifiableMap(held);
        }));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Record key, Supplier<T> read) {
        return cache == null ? read.get() : (T) cache.get(key, k -> read.get());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LabelAwarded awarded) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LabelWithdrawn withdrawn) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LabelExpired expired) {
        clear();
    }

    private void clear() {
        if (cache != null) {
            cache.invalidateAll();
        }
    }
}
