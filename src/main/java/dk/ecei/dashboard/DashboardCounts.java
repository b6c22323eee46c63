package dk.ecei.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.ecei.assessment.AssessmentEvent;
import dk.ecei.assessment.LabelAwarded;
import dk.ecei.dashboard.DashboardQueries.SeriesGrouping;
import dk.ecei.dashboard.DashboardViews.CountsView;
import dk.ecei.dashboard.DashboardViews.ExpiringView;
import dk.ecei.dashboard.DashboardViews.ForecastView;
import dk.ecei.dashboard.DashboardViews.OpenAssessment;
import dk.ecei.dashboard.DashboardViews.PipelineView;
import dk.ecei.dashboard.DashboardViews.WorkloadView;
import dk.ecei.dashboard.DashboardViews.RegisterEntry;
import dk.ecei.dashboard.DashboardViews.SeriesView;
import dk.ecei.label.LabelExpired;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelWithdrawn;
import dk.ecei.shared.AfterCommit;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * What the dashboard and the register keep between reads. The label counts (by level on a day with the goal figures,
 * month by month, the counts above the register, the clusters holding each level that the forecast starts from, the
 * order of the unfiltered register) are kept for {@code ecei.dashboard.counts-cache}: they change only when a label is
 * awarded, withdrawn or expires, and every one of those drops them after its commit, so a new label shows at once. The
 * lists (the assessments in progress refined from the engine, the labels expiring) are kept for the shorter
 * {@code ecei.dashboard.lists-cache} and dropped after the commit of every change of an assessment and every label
 * event. A filtered register and the register's pages are read afresh.
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

    private record Open() {
    }

    private record Expiring(Integer months) {
    }

    private final DashboardQueries queries;
    private final EngineTasks engineTasks;
    /** Null when the setting is zero: every read goes to the database. */
    private final Cache<Record, Object> cache;
    /** The lists, kept for a shorter time ({@code ecei.dashboard.lists-cache}); null when it is zero. */
    private final Cache<Record, Object> lists;

    DashboardCounts(DashboardQueries queries, EngineTasks engineTasks, DashboardSettings settings) {
        this.queries = queries;
        this.engineTasks = engineTasks;
        this.cache = cache(settings.countsCache());
        this.lists = cache(settings.listsCache());
    }

    /** Whether both the counts and the lists are kept between reads. */
    boolean keeps() {
        return cache != null && lists != null;
    }

    private static Cache<Record, Object> cache(java.time.Duration kept) {
        return kept == null || kept.isZero() ? null : Caffeine.newBuilder().expireAfterWrite(kept).maximumSize(1_000).build();
    }

    /**
     * Every assessment in progress, refined from the engine's open tasks ({@link EngineTasks}): what the pipeline, the
     * workload and the dashboard page share, kept for {@code ecei.dashboard.lists-cache}.
     */
    public List<OpenAssessment> openAssessments() {
        return openWork().assessments();
    }

    /** {@link DashboardQueries#pipeline} of the assessments in progress, kept with them. */
    public PipelineView pipeline() {
        return openWork().pipeline();
    }

    /** {@link DashboardQueries#workload} of the assessments in progress, kept with them. */
    public WorkloadView workload() {
        return openWork().workload();
    }

    /**
     * The assessments in progress with the pipeline and the workload made of them, kept (and dropped) as one: the
     * dashboard page summed them anew on every view, a fifth of what its request allocated. The forecasts made of them
     * are kept with them, at most {@link #FORECASTS_KEPT} dates (the page asks for one a year ahead unless told).
     */
    static final class OpenWork {

        private final List<OpenAssessment> assessments;
        private final PipelineView pipeline;
        private final WorkloadView workload;
        private final Map<LocalDate, ForecastView> forecasts = new ConcurrentHashMap<>();

        OpenWork(List<OpenAssessment> assessments, DashboardQueries queries) {
            this.assessments = assessments;
            this.pipeline = queries.pipeline(assessments);
            this.workload = queries.workload(assessments);
        }

        List<OpenAssessment> assessments() { return assessments; }
        PipelineView pipeline() { return pipeline; }
        WorkloadView workload() { return workload; }

        ForecastView forecast(LocalDate date, Supplier<ForecastView> make) {
            ForecastView kept = forecasts.get(date);
            if (kept != null) {
                return kept;
            }
            ForecastView made = make.get();
            if (forecasts.size() < FORECASTS_KEPT) {
                forecasts.putIfAbsent(date, made);
            }
            return made;
        }
    }

    static final int FORECASTS_KEPT = 16;

    OpenWork openWork() {
        return cached(lists, new Open(), () -> new OpenWork(List.copyOf(engineTasks.refine(queries.openAssessments())), queries));
    }

    /** {@link DashboardQueries#expiring}, kept as the lists are. */
    public ExpiringView expiring(Integer months) {
        return cached(lists, new Expiring(months), () -> queries.expiring(months));
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
        if (cache == null || DashboardQueries.registerFiltered(level, field, region, text)) {
            return queries.registerPage(validOn, level, field, region, text, page);
        }
        List<Long> order = cached(new RegisterOrder(validOn), () -> List.copyOf(queries.registerOrder(validOn)));
        return queries.registerPage(order, page);
    }

    /**
     * {@link DashboardQueries#forecast} from what is kept: the clusters holding each level today and on the date (two
     * reads of every label valid then) and the assessments in progress (the lists).
     */
    public ForecastView forecast(LocalDate date) {
        return forecast(date, openWork());
    }

    /** The forecast made of the assessments in progress the caller holds (the dashboard page's), kept with them. */
    ForecastView forecast(LocalDate date, OpenWork work) {
        return work.forecast(date, () -> queries.forecast(date, day -> cached(new Holders(day), () -> {
            Map<LabelLevel, Set<Long>> held = new EnumMap<>(LabelLevel.class);
            queries.holders(day).forEach((level, clusters) -> held.put(level, Set.copyOf(clusters)));
            return Collections.unmodifiableMap(held);
        }), work::assessments));
    }

    private <T> T cached(Record key, Supplier<T> read) {
        return cached(cache, key, read);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cached(Cache<Record, Object> cache, Record key, Supplier<T> read) {
        return cache == null ? read.get() : (T) cache.get(key, k -> read.get());
    }

    /* The events drop what they change after their transaction commits (see AfterCommit: no publication rows). */

    /** Any change of an assessment (requested, assigned, submitted, decided, withdrawn...) drops the lists. */
    @EventListener
    void on(AssessmentEvent changed) {
        AfterCommit.run(() -> drop(lists));
    }

    @EventListener
    void on(LabelAwarded awarded) {
        AfterCommit.run(this::clear);
    }

    @EventListener
    void on(LabelWithdrawn withdrawn) {
        AfterCommit.run(this::clear);
    }

    @EventListener
    void on(LabelExpired expired) {
        AfterCommit.run(this::clear);
    }

    private static void drop(Cache<Record, Object> cache) {
        if (cache != null) {
            cache.invalidateAll();
        }
    }

    private void clear() {
        drop(cache);
        drop(lists);
    }
}
