package dk.ecei.performance;

import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterView;
import dk.ecei.performance.PerformanceViews.CollectionView;
import dk.ecei.performance.PerformanceViews.GoalComparison;
import dk.ecei.performance.PerformanceViews.GoalYear;
import dk.ecei.performance.PerformanceViews.NationalAccount;
import dk.ecei.performance.PerformanceViews.NationalYear;
import dk.ecei.performance.PerformanceViews.RegionFigure;
import dk.ecei.performance.PerformanceViews.ReportView;
import dk.ecei.performance.PerformanceViews.YearTotals;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.CurrentActor;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance account: collections per year, the clusters' reports and the national totals. Support staff open
 * and close collections and read everything; a cluster manager writes and reads only their own cluster's report.
 */
@Service
@Transactional
public class PerformanceAccount {

    static final String COLLECTION = "PerformanceCollection";
    static final String REPORT = "PerformanceReport";

    /** The indicators of the published national account, in the order of the reference file. */
    static final List<String> NATIONAL_INDICATORS = List.of("clusters", "secretariat_fte_avg",
            "turnover_mdkk_excl_in_kind", "participating_companies", "participating_companies_under_50_employees",
            "dedicated_companies", "knowledge_institutions_participating", "public_actors_participating",
            "companies_in_matchmaking", "companies_in_international_activities", "international_collaborations_total",
            "countries_with_collaborations", "companies_in_collaboration_projects",
            "companies_first_project_with_knowledge_institution", "companies_in_courses", "newsletters",
            "press_releases", "media_mentions", "companies_new_competences", "companies_new_ideas",
            "companies_new_products_services_processes");

    private final PerformanceCollections collections;
    private final PerformanceReports reports;
    private final ClusterService clusters;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PerformanceAccount(PerformanceCollections collections, PerformanceReports reports, ClusterService clusters,
            JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.collections = collections;
        this.reports = reports;
        this.clusters = clusters;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('support-staff')")
    public CollectionView open(int year) {
        checkYear(year);
        if (collections.existsByYear(year)) {
            throw ConflictException.of("collectionExists", String.valueOf(year));
        }
        PerformanceCollection collection = collections.saveAndFlush(new PerformanceCollection(year, CurrentActor.name(),
                clock.instant()));
        audit.record(COLLECTION, collection.getId(), "OPENED", Violation.of("trail.detail.collectionYear", "year " + year, String.valueOf(year)));
        return view(collection);
    }

    @PreAuthorize("hasRole('support-staff')")
    public CollectionView close(int year) {
        PerformanceCollection collection = find(year);
        collection.close(CurrentActor.name(), clock.instant());
        collections.flush();
        audit.record(COLLECTION, collection.getId(), "CLOSED", Violation.of("trail.detail.collectionYear", "year " + year, String.valueOf(year)));
        return view(collection);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('support-staff', 'admin')")
    public List<CollectionView> collections() {
        return collections.findAllByOrderByYearDesc().stream().map(this::view).toList();
    }

    /**
     * A cluster manager's report for their own cluster, while the year's collection is open. The first report has no
     * version; a correction names the version it corrects, so two managers cannot overwrite each other unseen.
     */
    public ReportView submit(int year, Long clusterId, Long expectedVersion, PerformanceFigures figures) {
        if (!CurrentUser.get().managesCluster(clusterId)) {
            throw new AccessDeniedException("Only the cluster's own managers report its figures");
        }
        PerformanceCollection collection = find(year);
        collection.requireOpen();
        List<dk.ecei.shared.Violation> problems = figures.inconsistencies();
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The figures contradict each other", problems);
        }
        PerformanceReport report = reports.findByCollectionIdAndClusterId(collection.getId(), clusterId)
                .orElseGet(() -> new PerformanceReport(collection.getId(), clusterId));
        boolean first = report.getId() == null;
        if (first && expectedVersion != null) {
            throw ConflictException.of("noReportYet", String.valueOf(clusterId), String.valueOf(year));
        }
        if (!first && (expectedVersion == null || report.getVersion() != expectedVersion)) {
            throw ConflictException.of("reportVersion", String.valueOf(clusterId), String.valueOf(year),
                    String.valueOf(report.getVersion()), String.valueOf(expectedVersion));
        }
        report.submit(figures, CurrentActor.name(), clock.instant());
        report = reports.saveAndFlush(report);
        audit.record(REPORT, report.getId(), first ? "SUBMITTED" : "CORRECTED",
                Violation.of("trail.detail.performanceReport", "year " + year + ", cluster " + clusterId + ": " + figures,
                        String.valueOf(year), String.valueOf(figures)));
        return view(year, report, clusters.byIds(Set.of(clusterId)));
    }

    @Transactional(readOnly = true)
    public ReportView report(int year, Long clusterId) {
        CurrentUser user = CurrentUser.get();
        if (!user.isSupportStaff() && !user.managesCluster(clusterId)) {
            throw new AccessDeniedException("Only support staff and the cluster's own managers read its report");
        }
        PerformanceCollection collection = find(year);
        PerformanceReport report = reports.findByCollectionIdAndClusterId(collection.getId(), clusterId)
                .orElseThrow(() -> NotFoundException.of("performanceReport", clusterId, year));
        return view(year, report, clusters.byIds(Set.of(clusterId)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('support-staff', 'admin')")
    public List<ReportView> reports(int year) {
        PerformanceCollection collection = find(year);
        List<PerformanceReport> all = reports.findByCollectionId(collection.getId());
        Map<Long, ClusterView> names = clusters.byIds(all.stream().map(PerformanceReport::getClusterId).collect(Collectors.toSet()));
        return all.stream().map(r -> view(year, r, names))
                .sorted(java.util.Comparator.comparing(ReportView::clusterName, java.util.Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    /** The years a cluster manager may report for now; anybody logged in may ask. */
    @Transactional(readOnly = true)
    public List<Integer> openYears() {
        return collections.findAllByOrderByYearDesc().stream()
                .filter(c -> c.getStatus() == CollectionStatus.OPEN).map(PerformanceCollection::getYear).toList();
    }

    /** Every report of a cluster, newest year first; for support staff and the cluster's own managers. */
    @Transactional(readOnly = true)
    public List<ReportView> reportsOf(Long clusterId) {
        CurrentUser user = CurrentUser.get();
        if (!user.isSupportStaff() && !user.managesCluster(clusterId)) {
            throw new AccessDeniedException("Only support staff and the cluster's own managers read its reports");
        }
        Map<Long, ClusterView> names = clusters.byIds(Set.of(clusterId));
        List<ReportView> found = new ArrayList<>();
        for (PerformanceCollection collection : collections.findAllByOrderByYearDesc()) {
            reports.findByCollectionIdAndClusterId(collection.getId(), clusterId)
                    .ifPresent(r -> found.add(view(collection.getYear(), r, names)));
        }
        return found;
    }

    /** The year's national totals from the reports so far, against the goals; goal 2 by region. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('support-staff', 'admin')")
    public YearTotals totals(int year) {
        PerformanceCollection collection = find(year);
        NationalYear totals = reported(collection);
        List<GoalComparison> goals = goals(List.of(totals));
        List<RegionFigure> byRegion = jdbc.query("select coalesce(c.region, 'UNKNOWN') region,"
                + " sum(r.companies_new_products_services_processes) n from performance_report r"
                + " join cluster c on c.id = r.cluster_id where r.collection_id = ?"
                + " group by coalesce(c.region, 'UNKNOWN') order by 1",
                (rs, i) -> new RegionFigure(rs.getString("region"), rs.getLong("n")), collection.getId());
        List<Long> missing = jdbc.queryForList("select c.id from cluster c where not exists (select 1 from"
                + " performance_report r where r.cluster_id = c.id and r.collection_id = ?) order by c.id", Long.class,
                collection.getId());
        return new YearTotals(view(collection), totals, goals, byRegion, missing);
    }

    /**
     * Every year: the published figures 2012-2018, and for each year with a collection the totals of its reports
     * (a collection for a published year replaces the published figures), with the goals 1-4 per year.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('support-staff', 'admin')")
    public NationalAccount national() {
        Map<Integer, NationalYear> years = new TreeMap<>();
        jdbc.query("select * from national_performance order by account_year", rs -> {
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            for (String indicator : NATIONAL_INDICATORS) {
                figures.put(indicator, plain(rs.getBigDecimal(indicator)));
            }
            int year = rs.getInt("account_year");
            years.put(year, new NationalYear(year, "HISTORY", null, figures));
        });
        for (PerformanceCollection collection : collections.findAll()) {
            years.put(collection.getYear(), reported(collection));
        }
        List<NationalYear> all = List.copyOf(years.values());
        return new NationalAccount(NATIONAL_INDICATORS, all, goals(all));
    }

    private NationalYear reported(PerformanceCollection collection) {
        StringBuilder sql = new StringBuilder("select count(*) clusters");
        for (String indicator : PerformanceFigures.INDICATORS) {
            sql.append(", sum(").append(indicator).append(") ").append(indicator);
        }
        sql.append(" from performance_report where collection_id = ?");
        return jdbc.queryForObject(sql.toString(), (rs, i) -> {
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            int count = rs.getInt("clusters");
            for (String indicator : NATIONAL_INDICATORS) {
                if (indicator.equals("clusters")) {
                    figures.put(indicator, BigDecimal.valueOf(count));
                } else if (PerformanceFigures.INDICATORS.contains(indicator)) {
                    figures.put(indicator, count == 0 ? null : plain(rs.getBigDecimal(indicator)));
                } else {
                    figures.put(indicator, null);
                }
            }
            return new NationalYear(collection.getYear(), "REPORTS", count, figures);
        }, collection.getId());
    }

    private List<GoalComparison> goals(List<NationalYear> years) {
        return jdbc.query("select goal_no, goal, target, unit, baseline_2014, measured_by from national_goal order by goal_no",
                (rs, i) -> {
                    Integer target = (Integer) rs.getObject("target", Integer.class);
                    String measuredBy = rs.getString("measured_by");
                    List<GoalYear> perYear = new ArrayList<>();
                    if (measuredBy != null) {
                        for (NationalYear year : years) {
                            BigDecimal value = year.figures().get(measuredBy);
                            if (value != null) {
                                perYear.add(new GoalYear(year.year(), value,
                                        target == null ? null : value.compareTo(BigDecimal.valueOf(target)) >= 0,
                                        target == null ? null : value.divide(BigDecimal.valueOf(target), 3, RoundingMode.HALF_UP)));
                            }
                        }
                    }
                    return new GoalComparison(rs.getInt("goal_no"), rs.getString("goal"), target, rs.getString("unit"),
                            rs.getObject("baseline_2014", Integer.class), measuredBy, perYear);
                });
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new dk.ecei.shared.InvalidFieldException("year", "input.range", "2000", "2100");
        }
    }

    private PerformanceCollection find(int year) {
        return collections.findByYear(year).orElseThrow(() -> NotFoundException.of("performanceCollection", year));
    }

    private CollectionView view(PerformanceCollection c) {
        Integer count = jdbc.queryForObject("select count(*) from performance_report where collection_id = ?",
                Integer.class, c.getId());
        return new CollectionView(c.getYear(), c.getStatus(), c.getOpenedBy(), c.getOpenedAt(), c.getClosedBy(),
                c.getClosedAt(), count == null ? 0 : count);
    }

    private static ReportView view(int year, PerformanceReport r, Map<Long, ClusterView> names) {
        ClusterView cluster = names.get(r.getClusterId());
        return new ReportView(year, r.getClusterId(), cluster == null ? null : cluster.name(), r.figures(),
                r.getSubmittedBy(), r.getSubmittedAt(), r.getVersion());
    }
}
