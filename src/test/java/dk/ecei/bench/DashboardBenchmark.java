package dk.ecei.bench;

import dk.ecei.support.TestClock;
import com.zaxxer.hikari.HikariDataSource;
import dk.ecei.dashboard.DashboardQueries;
import dk.ecei.dashboard.DashboardQueries.SeriesGrouping;
import dk.ecei.dashboard.DashboardSettings;
import dk.ecei.dashboard.GoalSettings;
import dk.ecei.label.LabelValiditySettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a European-scale register into its own MariaDB database (2,500 clusters, 10 years of labels, 20,000
 * assessments) and prints the time of every dashboard query: the median, 95th percentile and worst of
 * {@code bench.runs} runs after {@code bench.warmups} warm-up runs. Not a test; see bench/README.md.
 *
 * <p>Settings (system properties): bench.url (default ecei_bench on 127.0.0.1:3306, user root, no password),
 * bench.user, bench.password, bench.clusters, bench.assessments, bench.runs, bench.warmups, bench.seed.
 */
public final class DashboardBenchmark {

    private static final String[] REGIONS = {"HOVEDSTADEN", "SJAELLAND", "SYDDANMARK", "MIDTJYLLAND", "NORDJYLLAND"};
    private static final String[] FIELDS = {"ENERGY", "FOOD", "CONSTRUCTION", "ICT", "ENVIRONMENT", "SERVICE",
            "EXPERIENCE_ECONOMY_TOURISM", "PRODUCTION_MATERIALS_DESIGN", "HEALTH_MEDTECH", "TRANSPORT"};
    private static final String[] OPEN = {"REQUESTED", "SELF_ASSESSMENT", "UNDER_REVIEW", "CLARIFICATION_REQUESTED"};

    private DashboardBenchmark() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("bench.url",
                "jdbc:mariadb://127.0.0.1:3306/ecei_bench?createDatabaseIfNotExist=true&rewriteBatchedStatements=true");
        int clusters = Integer.getInteger("bench.clusters", 2_500);
        int assessments = Integer.getInteger("bench.assessments", 20_000);
        int runs = Integer.getInteger("bench.runs", 21);
        int warmups = Integer.getInteger("bench.warmups", 3);
        long seed = Long.getLong("bench.seed", 42L);

        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(url);
            ds.setUsername(System.getProperty("bench.user", "root"));
            ds.setPassword(System.getProperty("bench.password", ""));
            ds.setMaximumPoolSize(2);
            ds.setTransactionIsolation("TRANSACTION_READ_COMMITTED");

            long t0 = System.nanoTime();
            Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load();
            flyway.clean();
            flyway.migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            LocalDate today = TestClock.today();
            int[] seeded = seed(jdbc, new Random(seed), clusters, assessments, today);
            jdbc.execute("analyze table cluster, cluster_field, label, assessment");
            System.out.printf("Seeded %,d clusters, %,d labels and %,d assessments (%,d open) in %.1f s on %s%n",
                    clusters, seeded[0], assessments, seeded[1], (System.nanoTime() - t0) / 1e9,
                    jdbc.queryForObject("select version()", String.class));

            DashboardQueries q = new DashboardQueries(jdbc, GoalSettings.reference(), DashboardSettings.defaults(),
                    dk.ecei.assessment.StepDeadlines.defaults(), LabelValiditySettings.ecei(), Clock.systemDefaultZone());
            YearMonth now = YearMonth.from(today);
            System.out.printf("%nQuery (median / p95 / max of %d runs, ms)%n", runs);
            time("counts on today (national, by field, by region)", runs, warmups, () -> q.countsOn(today));
            time("counts on a past date (5 years ago)", runs, warmups, () -> q.countsOn(today.minusYears(5)));
            time("monthly series, 120 months, national", runs, warmups,
                    () -> q.monthlySeries(now.minusMonths(119), now, SeriesGrouping.NONE, null, null));
            time("monthly series, 120 months, by field", runs, warmups,
                    () -> q.monthlySeries(now.minusMonths(119), now, SeriesGrouping.FIELD, null, null));
            time("monthly series, 120 months, by region", runs, warmups,
                    () -> q.monthlySeries(now.minusMonths(119), now, SeriesGrouping.REGION, null, null));
            time("pipeline (open assessments by level and step)", runs, warmups, q::pipeline);
            time("forecast in 12 months", runs, warmups, () -> q.forecast(today.plusMonths(12)));
            time("labels expiring in 6 months with renewal status", runs, warmups, () -> q.expiring(null));
            time("assessor workload and overdue", runs, warmups, q::workload);
            time("public register, valid today", runs, warmups, () -> q.register(today, null, null, null, null));
            time("public register, search q=\"klynge 1\" + level", runs, warmups,
                    () -> q.register(today, dk.ecei.label.LabelLevel.GOLD, null, null, "klynge 1"));
            System.out.printf("%nSample: %s%n", q.countsOn(today).total());
        }
    }

    static int[] seed(JdbcTemplate jdbc, Random rnd, int clusters, int assessments, LocalDate today) {
        Timestamp created = Timestamp.valueOf(today.minusYears(11).atStartOfDay());
        List<Object[]> clusterRows = new ArrayList<>();
        List<Object[]> fieldRows = new ArrayList<>();
        for (int id = 1; id <= clusters; id++) {
            clusterRows.add(new Object[] {id, "Benchmark klynge " + id, rnd.nextInt(10) == 0 ? null : REGIONS[rnd.nextInt(5)],
                    created, created});
            int first = rnd.nextInt(FIELDS.length);
            fieldRows.add(new Object[] {id, FIELDS[first]});
            if (rnd.nextInt(5) == 0) {
                fieldRows.add(new Object[] {id, FIELDS[(first + 1 + rnd.nextInt(FIELDS.length - 1)) % FIELDS.length]});
            }
        }
        jdbc.batchUpdate("insert into cluster (id, name, cluster_type, region, created_at, updated_at)"
                + " values (?, ?, 'REGIONAL_CLUSTER', ?, ?, ?)", clusterRows);
        jdbc.batchUpdate("insert into cluster_field (cluster_id, field) values (?, ?)", fieldRows);

        // Each cluster holds a chain of labels over 10 years: Bronze first, often moving up; 24 months each, with a
        // gap or an early renewal between them, and a few withdrawals.
        List<Object[]> labelRows = new ArrayList<>();
        LocalDate start = today.minusYears(10);
        for (int id = 1; id <= clusters; id++) {
            LocalDate awarded = start.plusDays(rnd.nextInt(730));
            int level = 0;
            while (!awarded.isAfter(today)) {
                LocalDate validUntil = YearMonth.from(awarded).plusMonths(24).atEndOfMonth();
                LocalDate withdrawn = rnd.nextInt(40) == 0 ? awarded.plusDays(rnd.nextInt(600)) : null;
                String status = withdrawn != null ? "WITHDRAWN" : validUntil.isBefore(today) ? "EXPIRED" : "ACTIVE";
                labelRows.add(new Object[] {id, new String[] {"BRONZE", "SILVER", "GOLD"}[level], awarded, awarded,
                        validUntil, status, withdrawn, created});
                if (rnd.nextInt(3) == 0 && level < 2) {
                    level++;
                }
                awarded = validUntil.plusDays(rnd.nextInt(240) - 60);
            }
        }
        jdbc.batchUpdate("insert into label (cluster_id, level, assessed_on, awarded_on, valid_until, status, withdrawn_on,"
                + " source, created_at) values (?, ?, ?, ?, ?, ?, ?, 'benchmark', ?)", labelRows);

        Long catalogue = jdbc.queryForObject("select min(id) from catalogue_version", Long.class);
        List<Object[]> assessmentRows = new ArrayList<>();
        int open = 0;
        LocalDateTime now = LocalDateTime.now();
        for (int i = 0; i < assessments; i++) {
            LocalDateTime requested = now.minusMinutes(rnd.nextInt(10 * 365 * 24 * 60));
            boolean isOpen = requested.isAfter(now.minusDays(120));
            String status = isOpen ? OPEN[rnd.nextInt(OPEN.length)] : rnd.nextInt(20) == 0 ? "WITHDRAWN" : "COMPLETED";
            open += isOpen ? 1 : 0;
            String expert = "REQUESTED".equals(status) ? null : "expert" + rnd.nextInt(200);
            LocalDateTime updated = isOpen ? requested.plusMinutes(rnd.nextInt((int) Math.max(1,
                    java.time.Duration.between(requested, now).toMinutes()))) : requested.plusDays(60);
            assessmentRows.add(new Object[] {1 + rnd.nextInt(clusters), new String[] {"BRONZE", "SILVER", "GOLD"}[rnd.nextInt(3)],
                    status, catalogue, Timestamp.valueOf(requested), expert,
                    isOpen ? java.sql.Date.valueOf(today.plusDays(rnd.nextInt(90))) : null, Timestamp.valueOf(updated)});
        }
        jdbc.batchUpdate("insert into assessment (cluster_id, level, status, catalogue_version_id, requested_by, requested_at,"
                + " expert_username, planned_interview_date, updated_at) values (?, ?, ?, ?, 'benchmark', ?, ?, ?, ?)",
                assessmentRows);
        return new int[] {labelRows.size(), open};
    }

    private static void time(String name, int runs, int warmups, Supplier<?> query) {
        for (int i = 0; i < warmups; i++) {
            query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("  %-52s %7.1f %7.1f %7.1f%n", name, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1],
                ms[runs - 1]);
    }
}
