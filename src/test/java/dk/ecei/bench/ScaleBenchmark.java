package dk.ecei.bench;

import dk.ecei.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dk.ecei.EceiApplication;
import dk.ecei.dashboard.DashboardCounts;
import dk.ecei.dashboard.DashboardQueries;
import dk.ecei.dashboard.NationalDashboard;
import dk.ecei.support.StatementCounter;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application on a seeded European-scale MariaDB, driven over HTTP like a browser (form login, session
 * cookie): for each scale (250, 2,500 and 25,000 clusters by default, 8 assessments per cluster) it prints p50 and
 * p99 of every main page and API with one client and with ten, the bytes and SQL statements of one request, then walks
 * Bronze benchmarks through the API step by step beside {@link BareEngine} (the same BPMN with no-op delegates on its
 * own database of the same MariaDB) and prints time and statements per step and the app / bare-engine ratio, through
 * the API and in process (the services the controllers call, without HTTP). At 2,500
 * clusters it also runs the heavy pages once with the resource chain switched back on (the old link rendering) and
 * prints the ratio. Not a test; see bench/README.md.
 *
 * <p>Settings (system properties): bench.url (default ecei_bench on 127.0.0.1:3306, root, no password; cleaned!),
 * bench.engineUrl (default ecei_bench_engine; cleaned!), bench.user, bench.password, bench.scales (250,2500,25000),
 * bench.assessmentsPerCluster (8), bench.runs (20 per client), bench.clients (10), bench.warmups (10 requests per client
 * and page, all clients at once, before a page is measured), bench.bronzeRuns (10), bench.bronzeWarmups (200 uncounted
 * benchmarks first, one after the other without waiting for the listeners: with a handful the app's far larger code
 * ran half interpreted and its steps took twice their time), bench.bronzeWalks (http,local,bare: the walks through the API,
 * through the services in process ({@link InProcessBronze}) and on the bare engine; one alone for profiling),
 * bench.chainCompare (true), bench.seed (42), bench.traceSql (false: print the SQL of each step's last run, for
 * profiling), bench.pages (true: the pages and API; false runs the Bronze steps only), bench.paths (a comma-separated
 * choice of the pages, for profiling one), bench.appArgs (extra application arguments, separated by spaces, e.g.
 * {@code --spring.datasource.hikari.maximum-pool-size=5}), bench.variants (settings to compare A B A B on the pages and
 * inboxes instead of the usual run, see {@link #variants()}) and bench.variantRounds (2).
 */
public final class ScaleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url",
                "jdbc:mariadb://127.0.0.1:3306/ecei_bench?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true");
        String engineUrl = System.getProperty("bench.engineUrl",
                "jdbc:mariadb://127.0.0.1:3306/ecei_bench_engine?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true");
        int[] scales = Arrays.stream(System.getProperty("bench.scales", "250,2500,25000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        int perCluster = Integer.getInteger("bench.assessmentsPerCluster", 8);
        int runs = Integer.getInteger("bench.runs", 20);
        int clients = Integer.getInteger("bench.clients", 10);
        int bronzeRuns = Integer.getInteger("bench.bronzeRuns", 10);
        int bronzeWarmups = Integer.getInteger("bench.bronzeWarmups", 200);
        int warmups = Integer.getInteger("bench.warmups", 10);
        boolean chainCompare = Boolean.parseBoolean(System.getProperty("bench.chainCompare", "true"));
        long seed = Long.getLong("bench.seed", 42L);

        try (BareEngine bare = BareEngine.start(engineUrl, user(), password())) {
            for (int clusters : scales) {
                System.out.printf("%n=== %,d clusters, %,d assessments ===%n", clusters, clusters * perCluster);
                seed(url, clusters, clusters * perCluster, seed);
                if (!variants().isEmpty()) {
                    compareVariants(url, runs, clients, warmups);
                    continue;
                }
                try (App app = App.start(url, appArgs())) {
                    if (Boolean.parseBoolean(System.getProperty("bench.tasks", "true"))) {
                        seedTasks(app);
                    }
                    if (Boolean.parseBoolean(System.getProperty("bench.pages", "true"))) {
                        pages(app, runs, clients, warmups);
                        inboxes(app, runs, clients, warmups);
                    }
                    if (Boolean.parseBoolean(System.getProperty("bench.dashboardParts", "true"))) {
                        dashboardParts(app, Math.max(runs, 100)); // a p99 of fewer than 100 runs is their slowest
                    }
                    bronze(app, bare, bronzeRuns, bronzeWarmups);
                }
                if (chainCompare && clusters == 2_500) {
                    linkRendering(url, runs);
                }
            }
        }
    }

    /** Extra arguments for the application (bench.appArgs, separated by spaces), e.g. a pool size to compare. */
    private static List<String> appArgs() {
        String args = System.getProperty("bench.appArgs", "").strip();
        return args.isEmpty() ? List.of() : List.of(args.split("\\s+"));
    }

    /**
     * Application settings to compare (bench.variants: sets of arguments separated by {@code |}, each like
     * bench.appArgs), e.g. {@code --server.tomcat.threads.max=20|--server.tomcat.threads.max=4}; empty: none.
     */
    private static List<List<String>> variants() {
        String all = System.getProperty("bench.variants", "").strip();
        return all.isEmpty() ? List.of() : Arrays.stream(all.split("\\|")).map(String::strip)
                .map(v -> v.isEmpty() ? List.<String>of() : List.of(v.split("\\s+"))).toList();
    }

    /**
     * The pages and inboxes under each variant in turn, A B A B (bench.variantRounds, 2), on the same seeded database:
     * a fresh application per turn (the variant's arguments after bench.appArgs), the tasks seeded by the first.
     */
    private static void compareVariants(String url, int runs, int clients, int warmups) throws Exception {
        List<List<String>> variants = variants();
        int rounds = Integer.getInteger("bench.variantRounds", 2);
        boolean tasksSeeded = false;
        for (int round = 1; round <= rounds; round++) {
            for (int v = 0; v < variants.size(); v++) {
                List<String> args = new ArrayList<>(appArgs());
                args.addAll(variants.get(v));
                System.out.printf("%n--- round %d, variant %s: %s%n", round, (char) ('A' + v), String.join(" ", args));
                try (App app = App.start(url, args)) {
                    if (!tasksSeeded && Boolean.parseBoolean(System.getProperty("bench.tasks", "true"))) {
                        seedTasks(app);
                        tasksSeeded = true;
                    }
                    pages(app, runs, clients, warmups);
                    inboxes(app, runs, clients, warmups);
                }
            }
        }
    }

    private static String user() {
        return System.getProperty("bench.user", "root");
    }

    private static String password() {
        return System.getProperty("bench.password", "");
    }

    // --- seeding ------------------------------------------------------------------------------------------------

    private static void seed(String url, int clusters, int assessments, long seed) {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(url);
            ds.setUsername(user());
            ds.setPassword(password());
            ds.setMaximumPoolSize(2);
            long t0 = System.nanoTime();
            Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load();
            flyway.clean();
            flyway.migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            int[] seeded = DashboardBenchmark.seed(jdbc, new Random(seed), clusters, assessments, TestClock.today());
            DocumentBenchmark.seedBenchmarkAnswers(jdbc); // issue 13: the peer groups of the benchmarking report
            // The Bronze walk: cluster 1 (manager-clean of the demo login) is eligible and has nothing open; assessor1 is
            // a benchmarking expert without ties.
            jdbc.update("update cluster set secretariat_fte = 1.5, members_companies = 25, members_smes = 20,"
                    + " members_knowledge_institutions = 3, members_public_actors = 2 where id = 1");
            jdbc.update("update assessment set status = 'COMPLETED' where cluster_id = 1");
            jdbc.update("insert into assessor (username, full_name, email, country, languages, active, created_at, updated_at)"
                    + " values ('assessor1', 'Bench Assessor', 'assessor1@example.org', 'DK', 'da,en', true, now(), now())");
            jdbc.update("insert into assessor_qualification (assessor_id, kind, valid_until) select id, 'BENCHMARKING_EXPERT', ?"
                    + " from assessor where username = 'assessor1'", TestClock.today().plusYears(5));
            // A Silver self-assessment of cluster 1 in progress (its process is started with the others' in
            // seedTasks), so that its manager's inbox holds a task among the whole register's.
            jdbc.update("insert into assessment (cluster_id, level, status, catalogue_version_id, requested_by, requested_at,"
                    + " updated_at) select 1, 'SILVER', 'SELF_ASSESSMENT', min(id), 'benchmark', now(), now()"
                    + " from catalogue_version");
            jdbc.execute("analyze table cluster, cluster_field, label, assessment");
            System.out.printf("Seeded %,d clusters, %,d labels, %,d assessments (%,d open) in %.1f s%n", clusters, seeded[0],
                    assessments, seeded[1], (System.nanoTime() - t0) / 1e9);
        }
    }

    // --- the engine's tasks ---------------------------------------------------------------------------------------

    /** The user task each open assessment of the seed waits in, by level and status (null: none seeded). */
    private static String activityOf(String level, String status) {
        return switch (level + " " + status) {
            case "BRONZE REQUESTED", "SILVER REQUESTED" -> "Task_AssignExpert";
            case "GOLD REQUESTED" -> "Task_AssignExperts";
            case "BRONZE SELF_ASSESSMENT", "GOLD SELF_ASSESSMENT" -> "Task_FillSelfAssessment";
            case "SILVER SELF_ASSESSMENT" -> "Task_DescribeImprovements";
            case "BRONZE UNDER_REVIEW" -> "Task_ReviewSelfAssessment";
            case "SILVER UNDER_REVIEW" -> "Task_AuditImprovements";
            case "BRONZE CLARIFICATION_REQUESTED" -> "Task_AnswerClarification";
            default -> null; // Gold's scoring is two experts' parallel tasks; a Silver or Gold clarification likewise
        };
    }

    private static String processOf(String level) {
        return switch (level) {
            case "BRONZE" -> "bronze-benchmarking";
            case "SILVER" -> "silver-assessment";
            default -> "gold-assessment";
        };
    }

    /**
     * A process for each open assessment of the seed, started in the user task its status names (the engine's own
     * start before an activity, with the variables the application's start gives it), so that the inbox, the
     * pipeline's holders and times in step and the dashboard's engine-refined parts read as many engine tasks as the
     * register has assessments in progress: with none, /tasks measured an empty inbox.
     */
    private static void seedTasks(App app) {
        long t0 = System.nanoTime();
        JdbcTemplate jdbc = app.context().getBean(JdbcTemplate.class);
        org.camunda.bpm.engine.RuntimeService runtime = app.context().getBean(org.camunda.bpm.engine.RuntimeService.class);
        List<Map<String, Object>> open = jdbc.queryForList("select id, cluster_id, level, status, expert_username"
                + " from assessment where status in ('REQUESTED', 'SELF_ASSESSMENT', 'UNDER_REVIEW',"
                + " 'CLARIFICATION_REQUESTED') and process_instance_id is null order by requested_at");
        List<Object[]> started = new ArrayList<>();
        for (Map<String, Object> a : open) {
            String level = (String) a.get("level");
            String activity = activityOf(level, (String) a.get("status"));
            if (activity == null) {
                continue;
            }
            long id = ((Number) a.get("id")).longValue();
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("assessmentId", id);
            variables.put("clusterId", ((Number) a.get("cluster_id")).longValue());
            variables.put("assignmentEscalationAfter", "P14D");
            variables.put("expert", a.get("expert_username") == null ? "expert0" : a.get("expert_username"));
            String instance = runtime.createProcessInstanceByKey(processOf(level)).businessKey(String.valueOf(id))
                    .setVariables(variables).startBeforeActivity(activity).execute().getId();
            started.add(new Object[] {instance, id});
        }
        jdbc.batchUpdate("update assessment set process_instance_id = ? where id = ?", started);
        System.out.printf("Started %,d processes in the open assessments' user tasks (%,d open) in %.1f s%n",
                started.size(), open.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** The inbox as others than support staff read it: a cluster's manager (their cluster's tasks only), an expert. */
    private static final List<String> INBOXES = List.of("manager-clean /tasks", "manager-clean /api/tasks",
            "manager-clean /api/tasks?level=SILVER");

    private static void inboxes(App app, int runs, int clients, int warmups) throws Exception {
        String only = System.getProperty("bench.paths");
        if (only != null && !List.of(only.split(",")).contains("inboxes")) {
            return; // a choice of pages without "inboxes"
        }
        System.out.printf("%n%-48s%n", "the inbox of others (user, page or API)");
        for (String entry : INBOXES) {
            String[] userAndPath = entry.split(" ", 2);
            List<Session> sessions = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sessions.add(Session.login(app.base(), userAndPath[0]));
            }
            measure(sessions, userAndPath[1], userAndPath[0] + " " + userAndPath[1], runs, warmups);
        }
    }

    // --- pages and API ----------------------------------------------------------------------------------------------

    private static final List<String> PAGES = List.of("/", "/?q=klynge+12&level=GOLD", "/clusters", "/clusters?q=klynge+12",
            "/assessments", "/assessments?level=GOLD&open=true&sort=CLUSTER", "/dashboard", "/tasks", "/tasks?level=GOLD&page=2",
            "/catalogue", "/api/tasks?page=5",
            "/api/register", "/api/clusters?q=klynge", "/api/assessments?step=UNDER_REVIEW", "/api/labels",
            "/api/dashboard/counts", "/api/dashboard/series", "/api/dashboard/pipeline", "/api/dashboard/expiring",
            "/api/dashboard/workload");

    private static void pages(App app, int runs, int clients, int warmups) throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            sessions.add(Session.login(app.base(), "support"));
        }
        System.out.printf("%n%-48s %9s %9s %9s %9s %9s %6s %6s%n", "page or API (support staff)", "1: p50", "1: p99",
                clients + ": p50", clients + ": p99", "KB", "SQL", "GC ms");
        List<String> only = System.getProperty("bench.paths") == null ? PAGES
                : List.of(System.getProperty("bench.paths").split(",")).stream().filter(p -> !p.equals("inboxes")).toList();
        // Every page once around before any is measured: the first page measured otherwise ran while the JIT was
        // still compiling the code all pages share (filters, security, Thymeleaf), and its ten-client p99 showed it.
        for (String path : only) {
            warmUp(sessions, path, warmups);
        }
        for (String path : only) {
            measure(sessions, path, path, runs, warmups);
        }
    }

    /**
     * One row of the table: the page warmed up, its bytes and statements once, then p50 and p99 of {@code runs}
     * requests by the first session alone and of {@code runs} by every session at once.
     */
    private static void measure(List<Session> sessions, String path, String label, int runs, int warmups)
            throws Exception {
        warmUp(sessions, path, warmups);
        Session one = sessions.get(0);
        long before = StatementCounter.total();
        int bytes = one.get(path);
        long statements = StatementCounter.total() - before;
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            single.add(one.timedGet(path));
        }
        RequestClock.forget();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        List<Timed> samples = new ArrayList<>();
        for (List<Timed> times : atOnce(sessions, s -> {
            List<Timed> t = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                t.add(s.namedGet(path));
            }
            return t;
        })) {
            samples.addAll(times);
        }
        long gc = gcMillis() - gc0;
        List<Double> parallel = samples.stream().map(Timed::ms).toList();
        System.out.printf("%-48s %9.1f %9.1f %9.1f %9.1f %9.1f %6d %6d%n", label, pct(single, 50), pct(single, 99),
                pct(parallel, 50), pct(parallel, 99), bytes / 1024.0, statements, gc);
        tail(samples, t0);
    }

    /** A request of the ten clients: when it was sent (nanoTime), how long the client waited, its name for the server. */
    record Timed(long sent, double ms, String id) {
    }

    /** The collectors' time so far (ms), every collector of the JVM: the app's and the clients' pauses alike. */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /**
     * With {@code -Dbench.tail=N}: the N slowest requests of the ten clients, each with when it was sent (ms after the
     * first), the client's time and the server's own (wall, CPU of its thread, database wait, wait for a pooled connection): a slow request whose
     * server time is short waited outside the application (for a Tomcat thread, a core, the loopback); one whose
     * server wall time is long but whose CPU and database are short waited in it (for a core, a connection or a lock).
     */
    private static void tail(List<Timed> samples, long t0) {
        int n = Integer.getInteger("bench.tail", 0);
        samples.stream().sorted(java.util.Comparator.comparingDouble(Timed::ms).reversed()).limit(n).forEach(t -> {
            RequestClock.Served server = RequestClock.of(t.id());
            System.out.printf("    slow: sent at %7.0f ms, client %6.1f ms, server %s%n", (t.sent() - t0) / 1e6, t.ms(),
                    server == null ? "-" : String.format("wall %6.1f cpu %5.1f db %5.1f pool %5.1f, reached it after %5.1f ms",
                            server.wall() / 1e6, server.cpu() / 1e6, server.database() / 1e6, server.pool() / 1e6,
                            (server.reached() - t.sent()) / 1e6));
        });
        RequestClock.forget();
    }

    private interface SessionWork<T> {
        T run(Session session) throws Exception;
    }

    /** The work done by every session at once, each on its own thread; the results in the sessions' order. */
    private static <T> List<T> atOnce(List<Session> sessions, SessionWork<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Session s : sessions) {
                futures.add(pool.submit(() -> work.run(s)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every client sends {@code rounds} requests of the page at once before it is measured, so that the figures are the
     * steady state's (compiled code, filled pools and caches), not the first requests' of a cold JVM.
     */
    private static void warmUp(List<Session> sessions, String path, int rounds) throws Exception {
        atOnce(sessions, s -> {
            int bytes = 0;
            for (int i = 0; i < rounds; i++) {
                bytes += s.get(path);
            }
            return bytes;
        });
    }

    private static double pct(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // --- the dashboard's parts, query by query -----------------------------------------------------------------------

    /**
     * Each query of the dashboard page on the application's own beans, p50 and p99 of {@code runs} after 3 warm-ups,
     * and its statements: the label counts read afresh (DashboardQueries) and through their cache (DashboardCounts,
     * what the page reads between two awards), the lists, and the whole overview as the page builds it.
     */
    private static void dashboardParts(App app, int runs) throws Exception {
        DashboardQueries q = app.context().getBean(DashboardQueries.class);
        DashboardCounts counts = app.context().getBean(DashboardCounts.class);
        NationalDashboard dashboard = app.context().getBean(NationalDashboard.class);
        LocalDate today = q.today();
        YearMonth month = YearMonth.from(today);
        Map<String, java.util.concurrent.Callable<?>> parts = new LinkedHashMap<>();
        parts.put("counts on today (by level, field, region; goal)", () -> q.countsOn(today));
        parts.put("  the same through the counts cache", () -> counts.countsOn(today));
        parts.put("monthly series, 120 months, national", () -> q.monthlySeries(month.minusMonths(119), month,
                DashboardQueries.SeriesGrouping.NONE, null, null));
        parts.put("  the same through the counts cache", () -> counts.monthlySeries(month.minusMonths(119), month,
                DashboardQueries.SeriesGrouping.NONE, null, null));
        parts.put("register counts by level (today)", () -> q.registerCounts(today));
        parts.put("open assessments (pipeline and workload)", q::openAssessments);
        parts.put("pipeline", q::pipeline);
        parts.put("workload", q::workload);
        parts.put("forecast in 12 months", () -> q.forecast(today.plusMonths(12)));
        parts.put("labels expiring in 6 months", () -> q.expiring(null));
        parts.put("the whole overview (engine-refined, cached counts)", () -> dashboard.overview(null));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("support", "n/a",
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_support-staff")));
        try {
            System.out.printf("%nDashboard parts (%d runs after 3 warm-ups, ms; goal: every query p99 < 50 ms)%n", runs);
            System.out.printf("%-52s %9s %9s %6s %5s%n", "part", "p50", "p99", "SQL", "goal");
            for (Map.Entry<String, java.util.concurrent.Callable<?>> part : parts.entrySet()) {
                for (int i = 0; i < 3; i++) {
                    part.getValue().call();
                }
                int statements = StatementCounter.count(part.getValue());
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    part.getValue().call();
                    times.add((System.nanoTime() - t0) / 1e6);
                }
                double p99 = pct(times, 99);
                System.out.printf("%-52s %9.1f %9.1f %6d %5s%n", part.getKey(), pct(times, 50), p99, statements,
                        p99 < 50 ? "met" : "MISS");
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    // --- link rendering: the resource chain back on ---------------------------------------------------------------

    private static void linkRendering(String url, int runs) throws Exception {
        List<String> heavy = List.of("/assessments?size=100", "/clusters?size=100", "/dashboard", "/?size=100");
        Map<String, Double> off = new LinkedHashMap<>();
        Map<String, Double> on = new LinkedHashMap<>();
        try (App app = App.start(url, List.of())) {
            Session s = Session.login(app.base(), "support");
            for (String path : heavy) {
                off.put(path, median(s, path, runs));
            }
        }
        try (App app = App.start(url, List.of("--spring.web.resources.chain.enabled=true"))) {
            Session s = Session.login(app.base(), "support");
            for (String path : heavy) {
                on.put(path, median(s, path, runs));
            }
        }
        System.out.printf("%nLink rendering (p50 of %d runs, one client, ms): resource chain on (before) / off (now)%n", runs);
        for (String path : heavy) {
            System.out.printf("%-40s on %8.1f  off %8.1f  ratio %5.2fx%n", path, on.get(path), off.get(path),
                    on.get(path) / off.get(path));
        }
    }

    private static double median(Session s, String path, int runs) throws Exception {
        for (int i = 0; i < 3; i++) {
            s.get(path);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(s.timedGet(path));
        }
        return pct(times, 50);
    }

    // --- Bronze, step by step, beside the bare engine --------------------------------------------------------------

    private static void bronze(App app, BareEngine bare, int bronzeRuns, int bronzeWarmups) throws Exception {
        Session manager = Session.login(app.base(), "manager-clean");
        Session support = Session.login(app.base(), "support");
        Session expert = Session.login(app.base(), "assessor1");
        JsonNode catalogue = JSON.readTree(manager.send("GET", "/api/catalogue/current", null));
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>();
        for (JsonNode category : catalogue.get("categories")) {
            if (!"BRONZE".equals(category.get("scheme").asText())) {
                continue;
            }
            groups.add(category.get("code").asText());
            for (JsonNode indicator : category.get("indicators")) {
                String kind = indicator.get("answerKind").asText();
                answers.put(indicator.get("code").asText(), switch (kind) {
                    case "NUMBER" -> "42";
                    case "PERCENT" -> "55";
                    case "YES_NO" -> "YES";
                    default -> "Beskrivelse";
                });
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Object> sections = new LinkedHashMap<>();
        groups.forEach(g -> sections.put(g, Map.of("findings", "Fund for " + g, "recommendations", "Anbefalinger for " + g)));
        report.put("interviewDate", TestClock.today().toString());
        report.put("groups", sections);
        report.put("summary", "Klyngen er veldrevet.");
        Map<String, Object> storyList = Map.of("stories", List.of(
                Map.of("title", "Fælles testcenter", "description", "Ti virksomheder deler et testcenter."),
                Map.of("title", "Eksportfremstød", "description", "Seks SMV'er fik deres første ordre i Tyskland."),
                Map.of("title", "Nyt produkt", "description", "Et universitet og to virksomheder udviklede en ny sensor.")));
        String stories = JSON.writeValueAsString(storyList);
        InProcessBronze local = new InProcessBronze(app.context(), answers, storyList, report);

        String[] steps = {"request (start)", "assign expert", "save 36 answers", "save 3 stories", "submit", "report (award)",
            "read it (GET)"};
        boolean[] engineStep = {true, true, false, false, true, true, false};
        Step[] app0 = new Step[steps.length];
        Step[] bare0 = new Step[steps.length];
        Step[] local0 = new Step[steps.length];
        for (int i = 0; i < steps.length; i++) {
            app0[i] = new Step(false, true);
            // The bare engine's steps wait like the app's (which wait for their after-commit listeners): a step after a
            // pause of 200 ms or more starts on cold caches and a core that idled, and the bare engine's steps, back to
            // back, did not (its first step, after the app's last pause, did: always its closest ratio).
            bare0[i] = new Step(true, true);
            local0[i] = new Step(true, true);
        }
        // Which walks run (bench.bronzeWalks, default all three): one alone, for profiling it.
        List<String> walks = List.of(System.getProperty("bench.bronzeWalks", "http,local,bare").split(","));
        for (int run = -bronzeWarmups; run < bronzeRuns; run++) { // the runs below 0 warm both up
            boolean counted = run >= 0;
            if (run == 0) {
                Step.quiesce(); // the warm-ups' listeners are done before the first counted run
            }
            if (walks.contains("local")) {
                Long localId = local0[0].time(counted, local::request);
                local0[1].time(counted, () -> local.assign(localId));
                local0[2].time(counted, () -> local.saveAnswers(localId));
                local0[3].time(counted, () -> local.saveStories(localId));
                local0[4].time(counted, () -> local.submit(localId));
                local0[5].time(counted, () -> local.writeReport(localId));
                local0[6].time(counted, () -> local.read(localId));
            }
            if (walks.contains("bare")) {
                String[] instance = new String[1];
                String businessKey = String.valueOf(1_000_000 + run);
                bare0[0].time(counted, () -> instance[0] = bare.start(businessKey));
                bare0[1].time(counted, () -> bare.complete(instance[0], "Task_AssignExpert", "support",
                        Map.of("expert", "assessor1")));
                bare0[4].time(counted, () -> bare.complete(instance[0], "Task_FillSelfAssessment", "manager-clean", Map.of()));
                bare0[5].time(counted, () -> bare.complete(instance[0], "Task_ReviewSelfAssessment", "assessor1",
                        Map.of("decision", "REPORT")));
            }
            if (!walks.contains("http")) {
                continue;
            }
            String id = JSON.readTree(app0[0].time(counted, () -> manager.send("POST", "/api/assessments/bronze",
                    "{\"clusterId\": 1}"))).get("id").asText();
            app0[1].time(counted, () -> support.send("POST", "/api/assessments/" + id + "/assignment",
                    "{\"expert\": \"assessor1\", \"plannedInterviewDate\": \"" + TestClock.today().plusDays(14) + "\"}"));
            app0[2].time(counted, () -> manager.send("PUT", "/api/assessments/" + id + "/answers",
                    JSON.writeValueAsString(Map.of("answers", answers))));
            app0[3].time(counted, () -> manager.send("PUT", "/api/assessments/" + id + "/success-stories", stories));
            app0[4].time(counted, () -> manager.send("POST", "/api/assessments/" + id + "/submission", null));
            app0[5].time(counted, () -> expert.send("POST", "/api/assessments/" + id + "/report", JSON.writeValueAsString(report)));
            app0[6].time(counted, () -> manager.send("GET", "/api/assessments/" + id, null));
        }
        System.out.printf("%nBronze through the API, %d runs (mean ms and SQL statements per step in the request; +after: the"
                + " after-commit listeners' statements, notifications and mail; bare engine: the same BPMN with no-op"
                + " delegates)%n", bronzeRuns);
        System.out.printf("%-20s %10s %8s %8s %10s %8s %8s %9s %9s%n", "step", "app ms", "app SQL", "+after", "bare ms",
                "bare SQL", "ratio", "SQL ratio", "w/ after");
        double appTotal = 0;
        double bareTotal = 0;
        for (int i = 0; i < steps.length; i++) {
            appTotal += app0[i].meanMs();
            if (engineStep[i]) {
                bareTotal += bare0[i].meanMs();
                System.out.printf("%-20s %10.1f %8.1f %8.1f %10.1f %8.1f %7.2fx %8.2fx %8.2fx%n", steps[i], app0[i].meanMs(),
                        app0[i].meanStatements(), app0[i].meanAfter(), bare0[i].meanMs(), bare0[i].meanStatements(),
                        app0[i].meanMs() / bare0[i].meanMs(), app0[i].meanStatements() / bare0[i].meanStatements(),
                        (app0[i].meanStatements() + app0[i].meanAfter()) / bare0[i].meanStatements());
            } else {
                System.out.printf("%-20s %10.1f %8.1f %8.1f %10s %8s %8s %9s %9s%n", steps[i], app0[i].meanMs(),
                        app0[i].meanStatements(), app0[i].meanAfter(), "-", "-", "-", "-", "-");
            }
        }
        System.out.printf("%-20s %10.1f %8s %10.1f %8s %7.2fx%n", "whole benchmark", appTotal, "", bareTotal, "",
                appTotal / bareTotal);
        printTimeSplit("Where the time of a step goes (mean ms waiting for statements and commits, every thread of the app"
                + " until the response, the bare engine's own thread; the rest is the JVM's: HTTP, security, JSON, the"
                + " engine's and the app's code)", steps, engineStep, app0, bare0);
        System.out.printf("%nThe app's steps on the server (mean ms: the request's wall time in the application, its thread's"
                + " CPU time, its wait for statements and commits, and the rest: waiting for a core or a lock)%n");
        System.out.printf("%-20s %9s %9s %9s %9s %9s%n", "step", "client", "server", "CPU", "DB", "waiting");
        for (int i = 0; i < steps.length; i++) {
            Step a = app0[i];
            System.out.printf("%-20s %9.1f %9.1f %9.1f %9.1f %9.1f%n", steps[i], a.meanMs(), a.meanServerMs(0), a.meanServerMs(1),
                    a.meanServerMs(2), a.meanServerMs(0) - a.meanServerMs(1) - a.meanServerMs(2));
        }
        System.out.printf("%nThe same steps' median and fastest run (ms)%n");
        System.out.printf("%-20s %9s %9s %9s %9s %9s%n", "step", "app p50", "app min", "bare p50", "bare min", "p50 x");
        for (int i = 0; i < steps.length; i++) {
            if (engineStep[i]) {
                System.out.printf("%-20s %9.1f %9.1f %9.1f %9.1f %8.2fx%n", steps[i], app0[i].p50Ms(), app0[i].minMs(),
                        bare0[i].p50Ms(), bare0[i].minMs(), app0[i].p50Ms() / bare0[i].p50Ms());
            } else {
                System.out.printf("%-20s %9.1f %9.1f %9s %9s %9s%n", steps[i], app0[i].p50Ms(), app0[i].minMs(), "-", "-", "-");
            }
        }
        System.out.printf("%nThe same steps in process: the services the controllers call, as the same users, without HTTP,"
                + " security filters, MVC and JSON, beside the bare engine (which is in process too; median ms, SQL"
                + " statements of the step's own thread)%n");
        System.out.printf("%-20s %9s %9s %9s %9s %9s %9s %9s%n", "step", "app p50", "app min", "app SQL", "bare p50",
                "bare SQL", "p50 x", "HTTP p50");
        double localTotal = 0;
        double barePerRun = 0;
        for (int i = 0; i < steps.length; i++) {
            Step l = local0[i];
            localTotal += l.p50Ms();
            if (engineStep[i]) {
                barePerRun += bare0[i].p50Ms();
                System.out.printf("%-20s %9.1f %9.1f %9.1f %9.1f %9.1f %8.2fx %9.1f%n", steps[i], l.p50Ms(), l.minMs(),
                        l.meanStatements(), bare0[i].p50Ms(), bare0[i].meanStatements(), l.p50Ms() / bare0[i].p50Ms(),
                        app0[i].p50Ms());
            } else {
                System.out.printf("%-20s %9.1f %9.1f %9.1f %9s %9s %9s %9.1f%n", steps[i], l.p50Ms(), l.minMs(),
                        l.meanStatements(), "-", "-", "-", app0[i].p50Ms());
            }
        }
        System.out.printf("%-20s %9.1f %9s %9s %9.1f %9s %8.2fx%n", "whole benchmark", localTotal, "", "", barePerRun, "",
                localTotal / barePerRun);
        printTimeSplit("Where the time of a step in process goes (mean ms waiting for statements and commits on the"
                + " step's thread, and the rest: the JVM's work, the engine's and the app's code)", steps, engineStep, local0, bare0);
        if (Boolean.getBoolean("bench.traceSql")) {
            for (int i = 0; i < steps.length; i++) {
                if (walks.contains("http")) {
                    app0[i].sql.print("app: " + steps[i] + ", in the request");
                    app0[i].sqlAfter.print("app: " + steps[i] + ", after the commit");
                }
                if (walks.contains("local")) {
                    local0[i].sql.print("app in process: " + steps[i]);
                    local0[i].sqlAfter.print("app in process: " + steps[i] + ", after the commit");
                }
                if (engineStep[i] && walks.contains("bare")) {
                    bare0[i].sql.print("bare engine: " + steps[i]);
                }
            }
        }
    }

    /** Each step's time split into the wait for statements and commits and the rest, the app's beside the bare engine's. */
    private static void printTimeSplit(String title, String[] steps, boolean[] engineStep, Step[] app, Step[] bare) {
        System.out.printf("%n%s%n", title);
        System.out.printf("(CPU: the stepping thread's CPU time over the step, the driver's work in its statements too; in"
                + " the HTTP walk that is the client's thread)%n");
        System.out.printf("%-20s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s%n", "step", "app DB", "app rest", "app CPU",
                "commits", "bare DB", "bare rest", "bare CPU", "commits", "DB x", "rest x", "CPU x");
        for (int i = 0; i < steps.length; i++) {
            double appRest = app[i].meanMs() - app[i].meanDatabaseMs();
            if (engineStep[i]) {
                double bareRest = bare[i].meanMs() - bare[i].meanDatabaseMs();
                System.out.printf("%-20s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %8.2fx %8.2fx %8.2fx%n", steps[i],
                        app[i].meanDatabaseMs(), appRest, app[i].meanCpuMs(), app[i].meanCommits(), bare[i].meanDatabaseMs(),
                        bareRest, bare[i].meanCpuMs(), bare[i].meanCommits(), app[i].meanDatabaseMs() / bare[i].meanDatabaseMs(),
                        appRest / bareRest, app[i].meanCpuMs() / bare[i].meanCpuMs());
            } else {
                System.out.printf("%-20s %9.1f %9.1f %9.1f %9.1f %9s %9s %9s %9s %9s %9s %9s%n", steps[i], app[i].meanDatabaseMs(),
                        appRest, app[i].meanCpuMs(), app[i].meanCommits(), "-", "-", "-", "-", "-", "-", "-");
            }
        }
    }

    /**
     * The statements and commits of a step over its counted runs, alike ones together (numbers and quoted values do
     * not tell them apart), with how often a run sent them and how long the thread waited for them.
     */
    static final class SqlTrace {
        /** Per shape: the count and the nanoseconds over the runs, in the order first sent. */
        private final Map<String, long[]> shapes = new LinkedHashMap<>();
        private int runs;

        void add(List<StatementCounter.Timed> run) {
            runs++;
            for (StatementCounter.Timed statement : run) {
                String shape = statement.sql().replaceAll("\\s+", " ").replaceAll("'[^']*'", "?").replaceAll("\\b\\d+\\b", "N");
                long[] seen = shapes.computeIfAbsent(shape.length() > 150 ? shape.substring(0, 150) : shape, k -> new long[2]);
                seen[0]++;
                seen[1] += statement.nanos();
            }
        }

        void print(String title) {
            double statements = shapes.entrySet().stream().filter(e -> !e.getKey().equals(StatementCounter.COMMIT)
                    && !e.getKey().startsWith(StatementCounter.CONNECTION))
                    .mapToLong(e -> e.getValue()[0]).sum() / (double) Math.max(runs, 1);
            double ms = shapes.values().stream().mapToLong(v -> v[1]).sum() / 1e6 / Math.max(runs, 1);
            System.out.printf("%n-- SQL of %s (%.1f statements, %.2f ms waited with the commits and the other calls on a connection, per run; %d runs; per"
                    + " shape: per run, mean ms each)%n", title, statements, ms, runs);
            shapes.forEach((shape, v) -> System.out.printf("%5.1f %6.3f  %s%n", v[0] / (double) Math.max(runs, 1),
                    v[1] / 1e6 / v[0], shape));
        }
    }

    interface Action<T> {
        T run() throws Exception;
    }

    /** Time and statements of one step over the runs (the statements counted on every thread, so steps run one at a time). */
    static final class Step {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private double nanos;
        /** The stepping thread's CPU time over the counted runs. */
        private long cpuNanos;
        private long statements;
        private long after;
        private long databaseNanos;
        private long commits;
        private final List<Double> times = new ArrayList<>();
        /** The server's wall, CPU and database nanoseconds of the step's requests (RequestClock). */
        private final long[] server = new long[3];
        private int runs;
        /** Whether the step runs on this thread (the bare engine, the app in process) rather than on request threads. */
        private final boolean onThisThread;
        /**
         * Whether a counted run waits after it for the app's after-commit listeners (the bare engine has none; it waits
         * the same pause, so that each of its steps starts as the app's do).
         */
        private final boolean listeners;

        Step(boolean onThisThread, boolean listeners) {
            this.onThisThread = onThisThread;
            this.listeners = listeners;
        }
        /** When bench.traceSql is set: the step's statements and commits over its counted runs, by shape. */
        private final SqlTrace sql = new SqlTrace();
        /** The statements of the after-commit listeners, likewise. */
        private final SqlTrace sqlAfter = new SqlTrace();

        <T> T time(boolean counted, Action<T> action) throws Exception {
            boolean trace = counted && Boolean.getBoolean("bench.traceSql");
            if (trace) {
                StatementCounter.startRecording();
            }
            long s0 = StatementCounter.total();
            long local0 = StatementCounter.ofThisThread();
            long[] database0 = database();
            long[] server0 = RequestClock.totals();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            T result = action.run();
            long t1 = System.nanoTime();
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            long[] server1 = RequestClock.totals();
            long[] database1 = database();
            // The bare engine runs on this thread: its own statements, not the app's mail poll that may fall meanwhile.
            long total1 = StatementCounter.total();
            long s1 = onThisThread ? s0 + StatementCounter.ofThisThread() - local0 : total1;
            if (trace) {
                sql.add(StatementCounter.stopRecordingTimed());
                StatementCounter.startRecording();
            }
            // The after-commit listeners (audit is in the request; notifications and mail after it) finish before the
            // next step, so that no step, and no bare-engine step, runs beside the one before.
            // Warm-up runs go on at once (the JIT's warm-up wants many); a counted run waits for the listeners.
            long s2 = listeners && counted ? quiesce() : total1;
            if (trace) {
                sqlAfter.add(StatementCounter.stopRecordingTimed());
            }
            if (counted) {
                nanos += t1 - t0;
                cpuNanos += cpu1 - cpu0;
                times.add((t1 - t0) / 1e6);
                statements += s1 - s0;
                after += s2 - total1;
                databaseNanos += database1[0] - database0[0];
                for (int k = 0; k < server.length; k++) {
                    server[k] += server1[k] - server0[k];
                }
                commits += database1[1] - database0[1];
                runs++;
            }
            return result;
        }

        /** The database wait (ns) and commits so far: the bare engine's on this thread, the app's on every thread. */
        private long[] database() {
            return onThisThread
                    ? new long[] {StatementCounter.databaseNanosOfThisThread(), StatementCounter.commitsOfThisThread()}
                    : new long[] {StatementCounter.databaseNanos(), StatementCounter.commits()};
        }

        /** Waits until no statement was sent for 200 ms (at most 10 s); the statements sent by then. */
        private static long quiesce() throws InterruptedException {
            long deadline = System.nanoTime() + 10_000_000_000L;
            long last = StatementCounter.total();
            while (System.nanoTime() < deadline) {
                Thread.sleep(200);
                long now = StatementCounter.total();
                if (now == last) {
                    return now;
                }
                last = now;
            }
            return last;
        }

        double meanAfter() {
            return runs == 0 ? 0 : (double) after / runs;
        }

        double meanMs() {
            return runs == 0 ? 0 : nanos / runs / 1e6;
        }

        double meanStatements() {
            return runs == 0 ? 0 : (double) statements / runs;
        }

        double p50Ms() {
            return times.isEmpty() ? 0 : pct(times, 50);
        }

        double minMs() {
            return times.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }

        double meanCpuMs() {
            return runs == 0 ? 0 : cpuNanos / 1e6 / runs;
        }

        double meanDatabaseMs() {
            return runs == 0 ? 0 : databaseNanos / 1e6 / runs;
        }

        /** The mean of the server's wall (0), CPU (1) or database (2) milliseconds per run. */
        double meanServerMs(int which) {
            return runs == 0 ? 0 : server[which] / 1e6 / runs;
        }

        double meanCommits() {
            return runs == 0 ? 0 : (double) commits / runs;
        }
    }

    // --- the application and its HTTP clients ----------------------------------------------------------------------

    record App(ConfigurableApplicationContext context, String base) implements AutoCloseable {

        static App start(String url, List<String> extra) {
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password(),
                    "--spring.flyway.locations=classpath:db/migration", "--camunda.bpm.job-execution.enabled=false",
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.dk.ecei=WARN",
                    "--server.tomcat.threads.max=20",
                    // The harnesses seed their own data: no generated demo scenario (its table is a demo migration).
                    "--ecei.demo.scenario.enabled=false",
                    // The demo profile's in-JVM SMTP server on a free port: another application on the machine may
                    // hold the demo's 3025.
                    "--ecei.mail.embedded-smtp.port=" + BenchApi.freePort(),
                    // The seed migrates with plain Flyway, which does not see V41 (a Java migration that is a bean, to
                    // reach the evidence store); a freshly seeded database has no BLOBs for it to move.
                    "--spring.flyway.ignore-migration-patterns=*:ignored"));
            // An extra argument replaces the default of the same name (Spring would join the two values with a comma).
            for (String arg : extra) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=') + 1) : arg;
                args.removeIf(a -> a.startsWith(name));
            }
            args.addAll(extra);
            ConfigurableApplicationContext context = new SpringApplicationBuilder(EceiApplication.class)
                    .profiles("demo", "mariadb")
                    .initializers(c -> {
                        c.getBeanFactory().addBeanPostProcessor(StatementCounter.countingDataSources());
                        c.getBeanFactory().registerSingleton("benchRequestClock", RequestClock.registration());
                    })
                    .run(args.toArray(String[]::new));
            String port = context.getEnvironment().getProperty("local.server.port");
            return new App(context, "http://127.0.0.1:" + port);
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** A logged-in browser: the session cookie and the CSRF token of its pages. */
    static final class Session {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient http;
        private final String base;
        private String csrf;

        private Session(String base) {
            this.base = base;
            CookieManager cookies = new CookieManager();
            cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        static Session login(String base, String username) throws Exception {
            Session s = new Session(base);
            String token = s.token(s.text("/login"));
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpResponse<String> login = s.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("Login of " + username + " failed: " + login.statusCode());
            }
            s.csrf = s.token(s.text("/notifications"));
            return s;
        }

        private String token(String page) {
            Matcher m = CSRF.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("No CSRF token on the page");
            }
            return m.group(1).replace("&#45;", "-");
        }

        private String text(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        /** The size of the answer; anything but 200 stops the benchmark. */
        int get(String path) throws Exception {
            return get(path, HttpRequest.newBuilder(URI.create(base + path)));
        }

        private int get(String path, HttpRequest.Builder request) throws Exception {
            HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body().length;
        }

        /** A GET named for the server's clock ({@link RequestClock#REQUEST_ID}), timed by the client. */
        Timed namedGet(String path) throws Exception {
            String id = java.util.UUID.randomUUID().toString();
            long t0 = System.nanoTime();
            get(path, HttpRequest.newBuilder(URI.create(base + path)).header(RequestClock.REQUEST_ID, id));
            return new Timed(t0, (System.nanoTime() - t0) / 1e6, id);
        }

        double timedGet(String path) throws Exception {
            long t0 = System.nanoTime();
            get(path);
            return (System.nanoTime() - t0) / 1e6;
        }

        String send(String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-TOKEN", csrf)
                    .header("Accept", "application/json");
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
