package dk.ecei.dashboard;

import dk.ecei.assessment.AssessmentStatus;
import dk.ecei.assessment.Step;
import dk.ecei.assessment.StepDeadlines;
import dk.ecei.security.Roles;
import dk.ecei.dashboard.DashboardViews.CountsView;
import dk.ecei.dashboard.DashboardViews.ExpertLoad;
import dk.ecei.dashboard.DashboardViews.ExpiringLabel;
import dk.ecei.dashboard.DashboardViews.ExpiringView;
import dk.ecei.dashboard.DashboardViews.ForecastView;
import dk.ecei.dashboard.DashboardViews.GoalStatus;
import dk.ecei.dashboard.DashboardViews.GroupCounts;
import dk.ecei.dashboard.DashboardViews.LevelCounts;
import dk.ecei.dashboard.DashboardViews.LevelForecast;
import dk.ecei.dashboard.DashboardViews.OpenAssessment;
import dk.ecei.dashboard.DashboardViews.PipelineView;
import dk.ecei.dashboard.DashboardViews.RegisterEntry;
import dk.ecei.dashboard.DashboardViews.RenewalStatus;
import dk.ecei.dashboard.DashboardViews.SeriesPoint;
import dk.ecei.dashboard.DashboardViews.SeriesView;
import dk.ecei.dashboard.DashboardViews.StepCount;
import dk.ecei.dashboard.DashboardViews.WorkloadView;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelValiditySettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import dk.ecei.shared.Databases;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's read side: native SQL over label, cluster, cluster_field and assessment, no entities.
 *
 * <p>A cluster holds a level on a day when one of its labels of that level is valid that day: from the award to the
 * last day of its period, both included, unless it was withdrawn on or before that day (the rule of
 * {@code dk.ecei.label.Label.isValidOn}). Counts are distinct clusters, so an early renewal that overlaps the label
 * it renews is not counted twice.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

    /** A label valid on the day bound three times, as {@code ?, ?, ?}. */
    static final String VALID_ON = "l.awarded_on <= ? and l.valid_until >= ? and (l.withdrawn_on is null or l.withdrawn_on > ?)";
    static final String OPEN = "a.status not in ('COMPLETED', 'NOT_AWARDED', 'WITHDRAWN')";
    private static final int MAX_SERIES_MONTHS = 600;

    private final JdbcTemplate jdbc;
    private final GoalSettings goals;
    private final DashboardSettings settings;
    private final StepDeadlines deadlines;
    private final LabelValiditySettings validity;
    private final Clock clock;
    /** Whether the database reads a straight_join in the order written (MariaDB; not the embedded default's H2). */
    private final boolean straightJoin;

    public DashboardQueries(JdbcTemplate jdbc, GoalSettings goals, DashboardSettings settings, StepDeadlines deadlines,
            LabelValiditySettings validity, Clock clock) {
        this.jdbc = jdbc;
        this.goals = goals;
        this.settings = settings;
        this.deadlines = deadlines;
        this.validity = validity;
        this.clock = clock;
        this.straightJoin = Databases.knowsStraightJoin(jdbc);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Counts

    /** Clusters holding each level on the day, nationally, by field and by region, against the goal. */
    public CountsView countsOn(LocalDate day) {
        LevelCounts total = LevelCounts.NONE;
        for (Map<String, Object> row : jdbc.queryForList("select l.level, count(distinct l.cluster_id) n from label l"
                + " where " + VALID_ON + " group by l.level", day, day, day)) {
            total = total.with(level(row.get("level")), number(row.get("n")));
        }
        List<GroupCounts> byField = groups("select f.field g, l.level, count(distinct l.cluster_id) n from label l"
                + " join cluster_field f on f.cluster_id = l.cluster_id where " + VALID_ON + " group by f.field, l.level", day);
        List<GroupCounts> byRegion = groups("select coalesce(c.region, 'UNKNOWN') g, l.level, count(distinct l.cluster_id) n"
                + " from label l join cluster c on c.id = l.cluster_id where " + VALID_ON
                + " group by coalesce(c.region, 'UNKNOWN'), l.level", day);
        return new CountsView(day, total, GoalStatus.of(total, goals), byField, byRegion);
    }

    private List<GroupCounts> groups(String sql, LocalDate day) {
        Map<String, LevelCounts> byKey = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, day, day, day)) {
            String key = (String) row.get("g");
            byKey.put(key, byKey.getOrDefault(key, LevelCounts.NONE).with(level(row.get("level")), number(row.get("n"))));
        }
        return byKey.entrySet().stream()
                .map(e -> new GroupCounts(e.getKey(), e.getValue().gold(), e.getValue().silver(), e.getValue().bronze()))
                .toList();
    }

    /** How the series is split: nationally only, or one series per field or region. */
    public enum SeriesGrouping {
        NONE, FIELD, REGION
    }

    /**
     * The counts on the last day of every month from {@code from} to {@code to}, nationally or per field or region,
     * optionally only of one field or region. One query fetches the labels that overlap the period; the months are
     * counted in memory after merging each cluster's overlapping labels of a level, so a cluster counts once.
     */
    public SeriesView monthlySeries(YearMonth from, YearMonth to, SeriesGrouping by, String field, String region) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The series ends (" + to + ") before it starts (" + from + ")");
        }
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        if (months > MAX_SERIES_MONTHS) {
            throw new IllegalArgumentException("A series covers at most " + MAX_SERIES_MONTHS + " months");
        }
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            days.add(m.atEndOfMonth());
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        String groupColumn = switch (by) {
            case NONE -> "'ALL'";
            case FIELD -> "f.field";
            case REGION -> "coalesce(c.region, 'UNKNOWN')";
        };
        // The cluster only where its region counts: without it the national series reads the label's covering index
        // alone (ix_label_valid_cover), not a cluster row for every label of ten years.
        StringBuilder sql = new StringBuilder("select l.cluster_id, l.level, l.awarded_on, l.valid_until, l.withdrawn_on, ")
                .append(groupColumn).append(" g from label l");
        if (by == SeriesGrouping.REGION || region != null) {
            sql.append(" join cluster c on c.id = l.cluster_id");
        }
        List<Object> args = new ArrayList<>();
        if (by == SeriesGrouping.FIELD) {
            sql.append(" join cluster_field f on f.cluster_id = l.cluster_id");
        }
        sql.append(" where l.awarded_on <= ? and l.valid_until >= ? and (l.withdrawn_on is null or l.withdrawn_on > ?)");
        args.add(last);
        args.add(first);
        args.add(first);
        if (field != null) {
            sql.append(" and exists (select 1 from cluster_field ff where ff.cluster_id = l.cluster_id and ff.field = ?)");
            args.add(field);
        }
        if (region != null) {
            sql.append(" and c.region = ?");
            args.add(region);
        }
        int[] monthEnds = days.stream().mapToInt(DashboardQueries::epochDay).toArray();
        // group -> level -> cluster -> periods [start, last valid day] as days since 1970 (compared and sorted as
        // numbers); columns by position (no name looked up on every row)
        Map<String, Map<LabelLevel, Map<Long, List<int[]>>>> periods = new TreeMap<>();
        jdbc.query(sql.toString(), rs -> {
            int start = epochDay(rs.getObject(3, LocalDate.class));
            int end = epochDay(rs.getObject(4, LocalDate.class));
            LocalDate withdrawnOn = rs.getObject(5, LocalDate.class);
            if (withdrawnOn != null && epochDay(withdrawnOn) <= end) {
                end = epochDay(withdrawnOn) - 1;
            }
            if (end < start) {
                return;
            }
            periods.computeIfAbsent(rs.getString(6), g -> new EnumMap<>(LabelLevel.class))
                    .computeIfAbsent(level(rs.getString(2)), l -> new HashMap<>())
                    .computeIfAbsent(rs.getLong(1), c -> new ArrayList<>())
                    .add(new int[] {start, end});
        }, args.toArray());

        List<SeriesPoint> points = new ArrayList<>();
        if (by == SeriesGrouping.NONE && periods.isEmpty()) {
            periods.put("ALL", new EnumMap<>(LabelLevel.class));
        }
        for (var group : periods.entrySet()) {
            Map<LabelLevel, int[]> counts = new EnumMap<>(LabelLevel.class);
            for (LabelLevel level : LabelLevel.values()) {
                int[] perDay = new int[days.size() + 1];
                for (List<int[]> clusterPeriods : group.getValue().getOrDefault(level, Map.of()).values()) {
                    for (int[] p : merge(clusterPeriods)) {
                        int a = firstIndexOnOrAfter(monthEnds, p[0]);
                        int b = firstIndexOnOrAfter(monthEnds, p[1] + 1);
                        if (a < b) {
                            perDay[a]++;
                            perDay[b]--;
                        }
                    }
                }
                for (int i = 1; i < perDay.length; i++) {
                    perDay[i] += perDay[i - 1];
                }
                counts.put(level, perDay);
            }
            for (int i = 0; i < days.size(); i++) {
                points.add(new SeriesPoint(days.get(i), group.getKey(), counts.get(LabelLevel.GOLD)[i],
                        counts.get(LabelLevel.SILVER)[i], counts.get(LabelLevel.BRONZE)[i]));
            }
        }
        points.sort(Comparator.comparing(SeriesPoint::date).thenComparing(SeriesPoint::group));
        return new SeriesView(from.toString(), to.toString(), by == SeriesGrouping.NONE ? null : by.name().toLowerCase(Locale.ROOT),
                goals.gold(), goals.silver(), points);
    }

    private static int epochDay(LocalDate day) {
        return Math.toIntExact(day.toEpochDay());
    }

    /** A cluster's periods of one level (epoch days, last day included) with overlapping or adjoining ones joined. */
    private static List<int[]> merge(List<int[]> periods) {
        if (periods.size() < 2) {
            return periods;
        }
        List<int[]> sorted = new ArrayList<>(periods);
        sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> merged = new ArrayList<>();
        int[] current = sorted.get(0).clone();
        for (int[] p : sorted.subList(1, sorted.size())) {
            if (p[0] <= current[1] + 1) {
                current[1] = Math.max(current[1], p[1]);
            } else {
                merged.add(current);
                current = p.clone();
            }
        }
        merged.add(current);
        return merged;
    }

    /** The index of the first day on or after the day in the ascending days (their length if none). */
    private static int firstIndexOnOrAfter(int[] days, int day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Pipeline, workload

    /**
     * Every assessment in progress with its age (since the request) and its time in the current step (since its
     * last change); the holder is whoever must act next: support staff to assign an expert, the cluster manager to
     * fill or answer, the expert to review.
     */
    public List<OpenAssessment> openAssessments() {
        Instant now = clock.instant();
        return jdbc.query("select a.id, a.cluster_id, c.name, a.level, a.status, a.requested_at, a.updated_at,"
                + " a.expert_username, a.second_expert_username, a.planned_interview_date"
                + " from assessment a join cluster c on c.id = a.cluster_id"
                + " where " + OPEN + " order by a.requested_at, a.id", (rs, i) -> {
                    String status = rs.getString("status");
                    String expert = rs.getString("expert_username");
                    Instant requested = instant(rs, "requested_at");
                    Instant inStep = instant(rs, "updated_at");
                    LabelLevel level = level(rs.getString("level"));
                    return new OpenAssessment(rs.getLong("id"), rs.getLong("cluster_id"), rs.getString("name"),
                            level, status, requested, days(requested, now), inStep,
                            days(inStep, now), holder(level, status, expert), expert, rs.getString("second_expert_username"),
                            rs.getObject("planned_interview_date", LocalDate.class),
                            deadlines.overdue(level, AssessmentStatus.valueOf(status), inStep, now));
                });
    }

    /** Who must act, from the step catalogue: a role, or the assigned expert by user name. */
    static String holder(LabelLevel level, String status, String expert) {
        return Step.at(level, AssessmentStatus.valueOf(status)).map(step -> switch (step.holder()) {
            case EXPERT, EACH_EXPERT -> expert != null ? expert : Roles.SUPPORT_STAFF;
            default -> step.holder().role();
        }).orElse(expert != null ? expert : Roles.SUPPORT_STAFF);
    }

    public PipelineView pipeline() {
        return pipeline(openAssessments());
    }

    PipelineView pipeline(List<OpenAssessment> open) {
        Map<String, List<OpenAssessment>> byStep = open.stream().collect(Collectors.groupingBy(
                a -> a.level().name() + "|" + a.status(), TreeMap::new, Collectors.toList()));
        List<StepCount> steps = byStep.values().stream().map(list -> new StepCount(list.get(0).level(),
                        list.get(0).status(), list.size(),
                        list.stream().mapToLong(OpenAssessment::ageDays).max().orElse(0),
                        Math.round(list.stream().mapToLong(OpenAssessment::ageDays).average().orElse(0)),
                        (int) list.stream().filter(OpenAssessment::overdue).count()))
                .sorted(Comparator.comparing((StepCount s) -> s.level()).reversed().thenComparing(StepCount::status))
                .toList();
        return new PipelineView(today(), steps, open);
    }

    public WorkloadView workload() {
        return workload(openAssessments());
    }

    WorkloadView workload(List<OpenAssessment> open) {
        // A Gold audit has two experts: it is open work for both.
        Map<String, List<OpenAssessment>> byExpert = new TreeMap<>();
        for (OpenAssessment a : open) {
            a.experts().forEach(expert -> byExpert.computeIfAbsent(expert, e -> new ArrayList<>()).add(a));
        }
        List<ExpertLoad> experts = byExpert.entrySet().stream().map(e -> {
            List<OpenAssessment> list = e.getValue();
            return new ExpertLoad(e.getKey(), list.size(), count(list, LabelLevel.BRONZE), count(list, LabelLevel.SILVER),
                    count(list, LabelLevel.GOLD), (int) list.stream().filter(OpenAssessment::overdue).count(),
                    list.stream().map(OpenAssessment::inStepSince).min(Comparator.naturalOrder()).orElse(null));
        }).sorted(Comparator.comparingInt(ExpertLoad::open).reversed().thenComparing(ExpertLoad::expert)).toList();
        int unassigned = (int) open.stream().filter(a -> a.expert() == null).count();
        List<OpenAssessment> overdue = open.stream().filter(OpenAssessment::overdue)
                .sorted(Comparator.comparing(OpenAssessment::inStepSince)).toList();
        return new WorkloadView(today(), experts, unassigned, overdue);
    }

    private static int count(List<OpenAssessment> list, LabelLevel level) {
        return (int) list.stream().filter(a -> a.level() == level).count();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Forecast, expiring labels

    /**
     * The counts on a future date if every assessment in progress ends in its label and no label that ends before
     * then is renewed. A label from the pipeline is assumed awarded at its planned interview (today if none or past)
     * and valid for the usual period from that month; a cluster that holds the level on the date anyway counts once.
     */
    public ForecastView forecast(LocalDate date) {
        return forecast(date, this::holders, this::openAssessments);
    }

    /**
     * The forecast with the clusters that hold each level on a day read by {@code holders} and the assessments in
     * progress read by {@code open} (both kept by DashboardCounts).
     */
    ForecastView forecast(LocalDate date, Function<LocalDate, Map<LabelLevel, Set<Long>>> holders,
            java.util.function.Supplier<List<OpenAssessment>> open) {
        LocalDate today = today();
        if (date.isBefore(today)) {
            throw new IllegalArgumentException("A forecast is for today or later, not " + date);
        }
        Map<LabelLevel, Set<Long>> heldToday = holders.apply(today);
        Map<LabelLevel, Set<Long>> heldThen = holders.apply(date);
        Map<LabelLevel, Set<Long>> pipeline = new EnumMap<>(LabelLevel.class);
        for (OpenAssessment a : open.get()) {
            LocalDate planned = a.plannedInterviewDate();
            LocalDate awarded = planned == null || planned.isBefore(today) ? today : planned;
            LocalDate until = YearMonth.from(awarded).plusMonths(validity.validityMonths()).atEndOfMonth();
            if (!date.isBefore(awarded) && !date.isAfter(until)) {
                pipeline.computeIfAbsent(a.level(), l -> new HashSet<>()).add(a.clusterId());
            }
        }
        List<LevelForecast> levels = new ArrayList<>();
        for (LabelLevel level : List.of(LabelLevel.GOLD, LabelLevel.SILVER, LabelLevel.BRONZE)) {
            Set<Long> now = heldToday.getOrDefault(level, Set.of());
            Set<Long> then = heldThen.getOrDefault(level, Set.of());
            Set<Long> won = new HashSet<>(pipeline.getOrDefault(level, Set.of()));
            won.removeAll(then);
            int expiring = (int) now.stream().filter(c -> !then.contains(c)).count();
            int forecast = then.size() + won.size();
            Integer goal = goals.of(level);
            levels.add(new LevelForecast(level, now.size(), expiring, won.size(), forecast, goal,
                    goal == null ? null : forecast >= goal));
        }
        return new ForecastView(today, date, levels);
    }

    /** The clusters that hold each level on the day. */
    Map<LabelLevel, Set<Long>> holders(LocalDate day) {
        Map<LabelLevel, Set<Long>> held = new EnumMap<>(LabelLevel.class);
        jdbc.query("select distinct l.level, l.cluster_id from label l where " + VALID_ON,
                rs -> {
                    held.computeIfAbsent(level(rs.getString("level")), l -> new HashSet<>()).add(rs.getLong("cluster_id"));
                }, day, day, day);
        return held;
    }

    /** Labels valid today that end within the next months, with how their renewal stands. */
    public ExpiringView expiring(Integer months) {
        LocalDate today = today();
        LocalDate until = today.plusMonths(months == null ? settings.expiringMonths() : months);
        record Open(Long id, LabelLevel level, String status) {
        }
        Map<Long, List<Open>> openByCluster = new HashMap<>();
        jdbc.query("select a.id, a.cluster_id, a.level, a.status from assessment a where " + OPEN
                + " and a.cluster_id in (select l.cluster_id from label l where l.valid_until >= ? and l.valid_until <= ?)"
                + " order by a.id", rs -> {
                    openByCluster.computeIfAbsent(rs.getLong("cluster_id"), c -> new ArrayList<>())
                            .add(new Open(rs.getLong("id"), level(rs.getString("level")), rs.getString("status")));
                }, today, until);
        List<ExpiringLabel> labels = jdbc.query("select l.id, l.cluster_id, c.name, l.level, l.valid_until,"
                + " (select max(n.valid_until) from label n where n.cluster_id = l.cluster_id and n.level = l.level"
                + "   and n.id <> l.id and n.valid_until > l.valid_until and n.withdrawn_on is null) renewed_until"
                + " from label l join cluster c on c.id = l.cluster_id"
                + " where l.valid_until >= ? and l.valid_until <= ? and l.awarded_on <= ?"
                + " and (l.withdrawn_on is null or l.withdrawn_on > ?) order by l.valid_until, c.name, l.id", (rs, i) -> {
                    LabelLevel level = level(rs.getString("level"));
                    LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
                    LocalDate renewedUntil = rs.getObject("renewed_until", LocalDate.class);
                    // An assessment at the same or a higher level carries the cluster on.
                    Open open = openByCluster.getOrDefault(rs.getLong("cluster_id"), List.of()).stream()
                            .filter(o -> o.level().compareTo(level) >= 0).findFirst().orElse(null);
                    RenewalStatus renewal = renewedUntil != null ? RenewalStatus.RENEWED
                            : open != null ? RenewalStatus.IN_PROGRESS : RenewalStatus.NOT_STARTED;
                    return new ExpiringLabel(rs.getLong("id"), rs.getLong("cluster_id"), rs.getString("name"), level,
                            validUntil, ChronoUnit.DAYS.between(today, validUntil), renewal, renewedUntil,
                            open == null ? null : open.id(), open == null ? null : open.level(),
                            open == null ? null : open.status());
                }, today, until, today, today);
        return new ExpiringView(today, until, labels);
    }

    // -------------------------------------------------------------------------------------------------------------
    // The public register

    /** Labels valid on the day, filtered by level, field, region and a text in the cluster's name; Gold first. */
    /**
     * One page of the register (the same filters and order as {@link #register}): the page of labels, their total
     * and the fields of the page's clusters, three statements whatever the size of the register (two with a filter).
     */
    public ListPage<RegisterEntry> registerPage(LocalDate validOn, LabelLevel level, String field, String region, String text,
            PageQuery page) {
        // A text in the name: the clusters whose name holds it first, then their labels (ix_label_cluster); MariaDB would
        // start at the day's labels (32,000 Gold at 25,000 clusters) and look each cluster up (35 ms against 16 ms).
        boolean clustersFirst = straightJoin && hasText(text);
        StringBuilder where = new StringBuilder(clustersFirst ? " from cluster c straight_join label l on l.cluster_id = c.id where "
                : " from label l join cluster c on c.id = l.cluster_id where ").append(VALID_ON);
        List<Object> args = new ArrayList<>(List.of(validOn, validOn, validOn));
        registerFilters(where, args, level, field, region, text);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        if (registerFiltered(level, field, region, text)) {
            // One read for the page and its total (count(*) over the whole result): a filter, above all a text in the
            // name, which no index can serve, is applied once instead of once for the count and once for the page.
            long[] total = {0};
            List<RegisterEntry> rows = jdbc.query(REGISTER_COLUMNS + ", count(*) over () total_rows" + where + REGISTER_ORDER
                    + " limit ? offset ?", (rs, i) -> {
                        total[0] = rs.getLong("total_rows");
                        return REGISTER_ROW.mapRow(rs, i);
                    }, pageArgs.toArray());
            if (rows.isEmpty() && page.offset() > 0) { // past the last page: the total alone
                Long count = jdbc.queryForObject(registerCountSql(where, region, text), Long.class, args.toArray());
                total[0] = count == null ? 0 : count;
            }
            return new ListPage<>(withFields(rows), page.page(), page.size(), total[0]);
        }
        // Unfiltered: the total from the covering label index alone, then the page.
        Long total = jdbc.queryForObject(registerCountSql(where, region, text), Long.class, args.toArray());
        if (total == null || total == 0 || page.offset() >= total) {
            return new ListPage<>(List.of(), page.page(), page.size(), total == null ? 0 : total);
        }
        List<RegisterEntry> rows = jdbc.query(REGISTER_COLUMNS + where + REGISTER_ORDER + " limit ? offset ?", REGISTER_ROW,
                pageArgs.toArray());
        return new ListPage<>(withFields(rows), page.page(), page.size(), total);
    }

    /** Whether a register read is filtered (a level, a field, a region or a text in the name). */
    static boolean registerFiltered(LabelLevel level, String field, String region, String text) {
        return level != null || field != null || region != null || hasText(text);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** The ids of the labels valid on the day in the register's order (Gold first, then the cluster's name). */
    List<Long> registerOrder(LocalDate validOn) {
        return jdbc.queryForList("select l.id from label l join cluster c on c.id = l.cluster_id where " + VALID_ON
                + REGISTER_ORDER, Long.class, validOn, validOn, validOn);
    }

    /**
     * One page of the register from its order (the ids of {@link #registerOrder}): the page's labels by id and the
     * fields of their clusters, two statements and no sort, whatever the size of the register.
     */
    ListPage<RegisterEntry> registerPage(List<Long> order, PageQuery page) {
        if (page.offset() >= order.size()) {
            return new ListPage<>(List.of(), page.page(), page.size(), order.size());
        }
        List<Long> ids = order.subList((int) page.offset(), (int) Math.min(order.size(), page.offset() + page.size()));
        Map<Long, RegisterEntry> byId = new HashMap<>();
        jdbc.query(REGISTER_COLUMNS + " from label l join cluster c on c.id = l.cluster_id where l.id in ("
                + Databases.marks(ids.size()) + ")", REGISTER_ROW,
                ids.toArray()).forEach(e -> byId.put(e.labelId(), e));
        return new ListPage<>(withFields(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList()),
                page.page(), page.size(), order.size());
    }

    private static final String REGISTER_COLUMNS = "select l.id, l.cluster_id, c.name, c.region, l.level, l.awarded_on, l.valid_until";
    private static final String REGISTER_ORDER = " order by case l.level when 'GOLD' then 0 when 'SILVER' then 1 else 2 end, c.name, l.id";
    private static final org.springframework.jdbc.core.RowMapper<RegisterEntry> REGISTER_ROW = (rs, i) -> new RegisterEntry(
            rs.getLong("id"), rs.getLong("cluster_id"), rs.getString("name"), level(rs.getString("level")),
            rs.getObject("awarded_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class), rs.getString("region"),
            List.of());

    /** The entries with the fields of their clusters, read in one statement. */
    private List<RegisterEntry> withFields(List<RegisterEntry> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> fields = new java.util.HashMap<>();
        List<Long> clusterIds = rows.stream().map(RegisterEntry::clusterId).distinct().toList();
        jdbc.query("select cluster_id, field from cluster_field where cluster_id in ("
                + Databases.marks(clusterIds.size()) + ") order by field", rs -> {
                    fields.computeIfAbsent(rs.getLong("cluster_id"), k -> new ArrayList<>()).add(rs.getString("field"));
                }, clusterIds.toArray());
        return rows.stream().map(e -> new RegisterEntry(e.labelId(), e.clusterId(), e.clusterName(), e.level(),
                e.awardedOn(), e.validUntil(), e.region(), List.copyOf(fields.getOrDefault(e.clusterId(), List.of())))).toList();
    }

    /**
     * The register's total: without a filter on the cluster (its region or name) the count needs no cluster row and
     * reads the covering label index alone (ix_label_valid_cover); a label always has its cluster (a foreign key).
     */
    private static String registerCountSql(CharSequence where, String region, String text) {
        String sql = "select count(*)" + where;
        return region == null && (text == null || text.isBlank())
                ? sql.replace(" from label l join cluster c on c.id = l.cluster_id where ", " from label l where ") : sql;
    }

    /** How many labels of each level are valid on the day (the counts above the public register), in one statement. */
    public Map<LabelLevel, Long> registerCounts(LocalDate validOn) {
        Map<LabelLevel, Long> counts = new java.util.EnumMap<>(LabelLevel.class);
        for (LabelLevel each : LabelLevel.values()) {
            counts.put(each, 0L);
        }
        jdbc.query("select l.level, count(*) n from label l where " + VALID_ON + " group by l.level",
                rs -> {
                    counts.put(level(rs.getString("level")), rs.getLong("n"));
                }, validOn, validOn, validOn);
        return counts;
    }

    private static void registerFilters(StringBuilder sql, List<Object> args, LabelLevel level, String field, String region,
            String text) {
        if (level != null) {
            sql.append(" and l.level = ?");
            args.add(level.name());
        }
        if (field != null) {
            sql.append(" and exists (select 1 from cluster_field ff where ff.cluster_id = l.cluster_id and ff.field = ?)");
            args.add(field);
        }
        if (region != null) {
            sql.append(" and c.region = ?");
            args.add(region);
        }
        if (hasText(text)) {
            sql.append(" and lower(c.name) like ? escape '!'");
            args.add("%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
    }

    public List<RegisterEntry> register(LocalDate validOn, LabelLevel level, String field, String region, String text) {
        StringBuilder sql = new StringBuilder("select l.id, l.cluster_id, c.name, c.region, l.level, l.awarded_on,"
                + " l.valid_until, f.field from label l join cluster c on c.id = l.cluster_id"
                + " left join cluster_field f on f.cluster_id = l.cluster_id where ").append(VALID_ON);
        List<Object> args = new ArrayList<>(List.of(validOn, validOn, validOn));
        registerFilters(sql, args, level, field, region, text);
        sql.append(" order by case l.level when 'GOLD' then 0 when 'SILVER' then 1 else 2 end, c.name, l.id, f.field");
        Map<Long, RegisterEntry> entries = new LinkedHashMap<>();
        jdbc.query(sql.toString(), rs -> {
            long id = rs.getLong("id");
            RegisterEntry entry = entries.computeIfAbsent(id, k -> {
                try {
                    return new RegisterEntry(id, rs.getLong("cluster_id"), rs.getString("name"),
                            level(rs.getString("level")), rs.getObject("awarded_on", LocalDate.class),
                            rs.getObject("valid_until", LocalDate.class), rs.getString("region"), new ArrayList<>());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String f = rs.getString("field");
            if (f != null) {
                entry.fields().add(f);
            }
        }, args.toArray());
        return entries.values().stream().map(e -> new RegisterEntry(e.labelId(), e.clusterId(), e.clusterName(), e.level(),
                e.awardedOn(), e.validUntil(), e.region(), List.copyOf(e.fields()))).toList();
    }

    // -------------------------------------------------------------------------------------------------------------

    private static LabelLevel level(Object value) {
        return LabelLevel.valueOf(value.toString());
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static long days(Instant from, Instant to) {
        return from == null ? 0 : Math.max(0, Duration.between(from, to).toDays());
    }
}
