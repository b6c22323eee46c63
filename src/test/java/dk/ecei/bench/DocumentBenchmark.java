package dk.ecei.bench;

import dk.ecei.support.TestClock;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarking report of one cluster among 2,500 benchmarked ones (issue 13): seeds the register of
 * {@link DashboardBenchmark} with answers to every completed Bronze benchmark, starts the application and prints the
 * report page's time (the first request, which reads the peer figures, and p50 / p99 after it) and the PDF's time,
 * first with the documents' caches switched off ("before") and then on ("after"), and their ratio.
 * Goal: under 200 ms for the page, under 1 s for the PDF. Not a test; see bench/README.md.
 *
 * <p>Settings (system properties): bench.url (default ecei_bench on 127.0.0.1:3306; cleaned!), bench.user,
 * bench.password, bench.clusters (2500), bench.assessments (20000), bench.runs (20), bench.seed (42).
 */
public final class DocumentBenchmark {

    private DocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url",
                "jdbc:mariadb://127.0.0.1:3306/ecei_bench?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true");
        int clusters = Integer.getInteger("bench.clusters", 2_500);
        int assessments = Integer.getInteger("bench.assessments", 20_000);
        int runs = Integer.getInteger("bench.runs", 20);
        long seed = Long.getLong("bench.seed", 42L);
        long reportId;
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(url);
            ds.setUsername(System.getProperty("bench.user", "root"));
            ds.setPassword(System.getProperty("bench.password", ""));
            ds.setMaximumPoolSize(2);
            long t0 = System.nanoTime();
            Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load();
            flyway.clean();
            flyway.migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            DashboardBenchmark.seed(jdbc, new Random(seed), clusters, assessments, TestClock.today());
            int[] answers = seedBenchmarkAnswers(jdbc);
            reportId = jdbc.queryForObject("select max(id) from assessment where level = 'BRONZE' and status = 'COMPLETED'",
                    Long.class);
            System.out.printf("Seeded %,d clusters, %,d completed benchmarks (%,d benchmarked clusters) with %,d answers in"
                    + " %.1f s%n", clusters, answers[0], answers[2], answers[1], (System.nanoTime() - t0) / 1e9);
        }
        // Before and after in one run on the same data: the caches of the documents switched off (each report
        // computes its peer statistics again, each PDF reads and measures its fonts again), then on.
        List<String> common = List.of("--ecei.documents.issue-missing-certificates-at-start=false");
        Figures before = measure(url, reportId, runs, common, List.of("--ecei.documents.cache-peer-statistics=false",
                "--ecei.documents.reuse-fonts=false"));
        Figures after = measure(url, reportId, runs, common, List.of());
        System.out.printf("%nBenchmarking report of assessment %d among %,d clusters (%d runs, ms)%n", reportId, clusters, runs);
        System.out.printf("%-44s %9s %9s %9s %9s %9s%n", "", "first", "p50", "p99", "KB", "stmts");
        for (Figures f : List.of(before, after)) {
            System.out.printf("%-44s %9.1f %9.1f %9.1f %9.1f %9d%n", f.name() + ": page (goal < 200 ms)", f.first(),
                    pct(f.pages(), 50), pct(f.pages(), 99), f.bytes() / 1024.0, f.statements());
            System.out.printf("%-44s %9.1f %9.1f %9.1f %9.1f%n", f.name() + ": PDF (goal < 1000 ms)", f.firstPdf(),
                    pct(f.pdfs(), 50), pct(f.pdfs(), 99), f.pdfBytes() / 1024.0);
            System.out.printf("%-44s %9s %9.1f %9.1f%n", f.name() + ": the report's service call alone", "",
                    pct(f.service(), 50), pct(f.service(), 99));
            System.out.printf("%-44s %9s %9.1f %9.1f%n", f.name() + ": /assessments/{id}/report (no peers)", "",
                    pct(f.plains(), 50), pct(f.plains(), 99));
        }
        System.out.printf("%nafter / before (p50): page %.2f, PDF %.2f, service call %.2f%n",
                pct(after.pages(), 50) / pct(before.pages(), 50), pct(after.pdfs(), 50) / pct(before.pdfs(), 50),
                pct(after.service(), 50) / pct(before.service(), 50));
    }

    /** One variant's times: the page, the PDF, the report's service call, a page without peers for comparison. */
    record Figures(String name, double first, List<Double> pages, int bytes, int statements, double firstPdf,
            List<Double> pdfs, int pdfBytes, List<Double> service, List<Double> plains) {
    }

    private static Figures measure(String url, long reportId, int runs, List<String> common, List<String> switches)
            throws Exception {
        List<String> args = new ArrayList<>(common);
        args.addAll(switches);
        try (ScaleBenchmark.App app = ScaleBenchmark.App.start(url, args)) {
            ScaleBenchmark.Session support = ScaleBenchmark.Session.login(app.base(), "support");
            String page = "/assessments/" + reportId + "/benchmark-report";
            String pdf = page + ".pdf";
            double first = support.timedGet(page);
            int bytes = support.get(page);
            times(support, page, 5);
            List<Double> pages = times(support, page, runs);
            double firstPdf = support.timedGet(pdf);
            int pdfBytes = support.get(pdf);
            times(support, pdf, 3);
            List<Double> pdfs = times(support, pdf, runs);
            // For comparison: the assessment's own report page (the same reads of the assessment, no peers), and the
            // report's service call alone (without rendering).
            String plain = "/assessments/" + reportId + "/report";
            times(support, plain, 5);
            List<Double> plains = times(support, plain, runs);
            dk.ecei.document.BenchmarkReports reports = app.context().getBean(dk.ecei.document.BenchmarkReports.class);
            List<Double> service = new ArrayList<>();
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("support",
                            "n/a", List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_support-staff"))));
            int statements = dk.ecei.support.StatementCounter.count(() -> reports.report(reportId));
            for (int i = 0; i < runs + 5; i++) {
                long t0 = System.nanoTime();
                reports.report(reportId);
                if (i >= 5) {
                    service.add((System.nanoTime() - t0) / 1e6);
                }
            }
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            return new Figures(switches.isEmpty() ? "after" : "before", first, pages, bytes, statements, firstPdf, pdfs,
                    pdfBytes, service, plains);
        }
    }

    /**
     * Answers to all 36 Bronze indicators and the expert's report for every completed Bronze benchmark, spread from the
     * ids (numbers 10-99, shares 10-90 %), and the completion time the peer comparison takes the latest by. Returns the
     * benchmarks, the answers and the benchmarked clusters.
     */
    static int[] seedBenchmarkAnswers(JdbcTemplate jdbc) {
        jdbc.update("update assessment set completed_at = updated_at where status = 'COMPLETED' and completed_at is null");
        int answers = jdbc.update("""
                insert into assessment_answer (assessment_id, indicator_code, indicator_id, answer_value, updated_by, updated_at, version)
                select a.id, i.code, i.id,
                       case i.answer_kind
                           when 'NUMBER' then concat('', mod(a.id * 37 + i.id * 11, 90) + 10)
                           when 'PERCENT' then concat('', mod(a.id * 53 + i.id * 7, 81) + 10)
                           when 'YES_NO' then case when mod(a.id + i.id, 3) = 0 then 'NO' else 'YES' end
                           else concat('Svar på ', i.code)
                       end, 'benchmark', a.updated_at, 1
                from assessment a
                join indicator_category c on c.catalogue_version_id = a.catalogue_version_id and c.scheme = 'BRONZE'
                join indicator i on i.category_id = c.id
                where a.level = 'BRONZE' and a.status = 'COMPLETED'""");
        int benchmarks = jdbc.update("""
                insert into report_section (assessment_id, category_code, findings, recommendations)
                select a.id, c.code, concat('Fund for ', c.code), concat('Anbefalinger for ', c.code)
                from assessment a join indicator_category c on c.catalogue_version_id = a.catalogue_version_id and c.scheme = 'BRONZE'
                where a.level = 'BRONZE' and a.status = 'COMPLETED'""") / 6;
        Integer benchmarked = jdbc.queryForObject("select count(distinct cluster_id) from assessment where level = 'BRONZE'"
                + " and status = 'COMPLETED'", Integer.class);
        jdbc.execute("analyze table assessment, assessment_answer");
        return new int[] {benchmarks, answers, benchmarked};
    }

    private static List<Double> times(ScaleBenchmark.Session s, String path, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(s.timedGet(path));
        }
        return times;
    }

    private static double pct(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
