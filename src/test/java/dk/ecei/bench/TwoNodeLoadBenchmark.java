package dk.ecei.bench;

import dk.ecei.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import dk.ecei.bench.BenchApi.Client;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bounded load on two application nodes on one MariaDB. For {@code bench.seconds} (60) {@code bench.clients} (50)
 * clients work at once, alternating between the nodes:
 * <ul>
 * <li>savers (all but {@code bench.claimers}): two per indicator of one Bronze self-assessment, each reading the
 * questionnaire and saving its indicator with the version it read, so the two race on every save;</li>
 * <li>claimers ({@code bench.claimers}, 10): in rounds, support staff request a Bronze benchmark for the next demo
 * cluster; then all claimers (two support users, both nodes) claim its assignment task at the same instant, and all of
 * them at once assign the expert (a racing completion).</li>
 * </ul>
 * It prints the answers by status (goal: no 5xx, no transport error) and then reads every acknowledged write back
 * through both nodes and the database: per indicator, the acknowledged versions are distinct, the stored version is
 * the highest acknowledged one and the stored value that save's value; per claim round, exactly one claim and one
 * assignment succeeded and the stored expert and task holder are the winner's. Figures only; not a test.
 * Run: bench/run-load.sh.
 */
public final class TwoNodeLoadBenchmark {

    public static void main(String[] arguments) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3306/ecei_bench_load?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true");
        int clients = Integer.getInteger("bench.clients", 50);
        int claimers = Integer.getInteger("bench.claimers", 10);
        int seconds = Integer.getInteger("bench.seconds", 60);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(System.getProperty("bench.user", "root"));
        ds.setPassword(System.getProperty("bench.password", ""));
        Flyway.configure().dataSource(ds).cleanDisabled(false).load().clean();
        try (ds; ScaleBenchmark.App a = ScaleBenchmark.App.start(url, node());
                ScaleBenchmark.App b = ScaleBenchmark.App.start(url, node())) {
            String[] nodes = {a.base(), b.base()};
            // Sessions (form login once, then the cookie), one per client and node: HTTP Basic would check a bcrypt
            // hash on every request, which on two shared cores would be most of what is measured.
            Client[] supportOn = {Client.login(nodes[0], "support"), Client.login(nodes[1], "support")};
            Client[] managerOn = {Client.login(nodes[0], "manager-clean"), Client.login(nodes[1], "manager-clean")};
            Client support = supportOn[0];
            Client manager = managerOn[0];

            // The demo clusters carry no eligibility figures: support staff record them (cluster 1 for the saves, the
            // others for one claim round each).
            List<Long> roundClusters = new ArrayList<>();
            for (long cluster = 1; cluster <= 41; cluster++) {
                BenchApi.makeEligible(support, nodes[0], cluster);
                if (cluster > 1) {
                    roundClusters.add(cluster);
                }
            }
            String id = manager.ok(nodes[0], "POST", "/api/assessments/bronze", "{\"clusterId\": 1}").get("id").asText();
            supportOn[1].ok(nodes[1], "POST", "/api/assessments/" + id + "/assignment", "{\"expert\": \"assessor1\", "
                    + "\"plannedInterviewDate\": \"" + TestClock.today().plusDays(14) + "\"}");
            List<String> codes = new ArrayList<>();
            Map<String, String> kinds = new TreeMap<>();
            for (JsonNode category : manager.ok(nodes[0], "GET", "/api/catalogue/current", null).get("categories")) {
                if ("BRONZE".equals(category.get("scheme").asText())) {
                    for (JsonNode indicator : category.get("indicators")) {
                        String kind = indicator.get("answerKind").asText();
                        if (kind.equals("NUMBER") || kind.equals("TEXT")) {
                            codes.add(indicator.get("code").asText());
                            kinds.put(indicator.get("code").asText(), kind);
                        }
                    }
                }
            }
            int savers = clients - claimers;
            Map<String, AtomicLong> saveStatuses = new ConcurrentHashMap<>();
            Map<String, AtomicLong> claimStatuses = new ConcurrentHashMap<>();
            Map<String, AtomicLong> assignStatuses = new ConcurrentHashMap<>();
            Map<String, List<long[]>> acknowledged = new ConcurrentHashMap<>();
            codes.forEach(c -> acknowledged.put(c, Collections.synchronizedList(new ArrayList<>())));
            List<Round> rounds = Collections.synchronizedList(new ArrayList<>());
            List<Client> saverSessions = new ArrayList<>();
            for (int c = 0; c < savers; c++) {
                saverSessions.add(Client.login(nodes[c % 2], "manager-clean"));
            }
            List<Client> claimerSessions = new ArrayList<>();
            for (int c = 0; c < claimers; c++) {
                claimerSessions.add(Client.login(nodes[c % 2], (c / 2) % 2 == 0 ? "support" : "admin"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<?>> running = new ArrayList<>();
            AtomicLong values = new AtomicLong(1000);
            for (int c = 0; c < savers; c++) {
                String node = nodes[c % 2];
                String code = codes.get((c / 2) % codes.size());
                Client saver = saverSessions.get(c);
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            HttpResponse<String> read = saver.send(node, "GET", "/api/assessments/" + id + "/questionnaire", null);
                            count(saveStatuses, "read " + status(read.statusCode()));
                            if (read.statusCode() != 200) {
                                continue;
                            }
                            JsonNode answer = BenchApi.JSON.readTree(read.body()).path("answers").path(code);
                            long version = answer.isMissingNode() ? 0 : answer.get("version").asLong();
                            long value = values.incrementAndGet();
                            String text = kinds.get(code).equals("TEXT") ? "Svar " + value : Long.toString(value);
                            HttpResponse<String> save = saver.send(node, "PUT", "/api/assessments/" + id + "/answers",
                                    "{\"answers\": {\"" + code + "\": \"" + text + "\"}, \"versions\": {\"" + code + "\": " + version + "}}");
                            count(saveStatuses, "save " + status(save.statusCode()));
                            if (save.statusCode() == 200) {
                                long stored = BenchApi.JSON.readTree(save.body()).path("answers").path(code).path("version").asLong();
                                acknowledged.get(code).add(new long[] {stored, value});
                            }
                        } catch (Exception e) {
                            count(saveStatuses, "transport error");
                        }
                    }
                    return null;
                }));
            }
            // Claim rounds: one coordinator requests, then every claimer claims and assigns at the same instant.
            CyclicBarrier claim = new CyclicBarrier(claimers);
            CyclicBarrier assign = new CyclicBarrier(claimers);
            Round[] current = new Round[1];
            for (int c = 0; c < claimers; c++) {
                int me = c;
                String node = nodes[c % 2];
                Client who = claimerSessions.get(c);
                running.add(pool.submit(() -> {
                    for (int r = 0; r < roundClusters.size(); r++) {
                        if (me == 0) {
                            current[0] = System.nanoTime() < end ? Round.open(supportOn[r % 2], nodes[r % 2], roundClusters.get(r)) : null;
                            if (current[0] != null) {
                                rounds.add(current[0]);
                            }
                        }
                        claim.await(120, TimeUnit.SECONDS);
                        Round round = current[0];
                        if (round == null) {
                            return null;
                        }
                        try {
                            HttpResponse<String> claimed = who.send(node, "POST", "/api/tasks/" + round.task + "/claim", null);
                            count(claimStatuses, status(claimed.statusCode()));
                            if (claimed.statusCode() == 200) {
                                round.claimedBy.add(who.username());
                            }
                        } catch (Exception e) {
                            count(claimStatuses, "transport error");
                        }
                        assign.await(120, TimeUnit.SECONDS);
                        try {
                            HttpResponse<String> assigned = who.send(node, "POST", "/api/assessments/" + round.assessment
                                    + "/assignment", "{\"expert\": \"assessor2\", \"plannedInterviewDate\": \""
                                    + TestClock.today().plusDays(14 + me) + "\"}");
                            count(assignStatuses, status(assigned.statusCode()));
                            if (assigned.statusCode() == 200) {
                                round.assignedWith.add(TestClock.today().plusDays(14 + me).toString());
                            }
                        } catch (Exception e) {
                            count(assignStatuses, "transport error");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
            System.out.printf("%d clients for %d s on two nodes (%s, %s) over one MariaDB%n", clients, seconds, nodes[0], nodes[1]);
            System.out.printf("  %d savers racing in pairs on %d indicators: %s%n", savers,
                    Math.min(codes.size(), (savers + 1) / 2), new TreeMap<>(saveStatuses));
            System.out.printf("  %d claimers, %d rounds: claims %s, assignments (completions) %s%n", claimers, rounds.size(),
                    new TreeMap<>(claimStatuses), new TreeMap<>(assignStatuses));

            // Reading the acknowledged writes back: through both nodes and the database.
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            int lost = 0;
            long acks = 0;
            for (int n = 0; n < 2; n++) {
                String node = nodes[n];
                JsonNode view = managerOn[n].ok(node, "GET", "/api/assessments/" + id + "/questionnaire", null);
                for (String code : codes) {
                    List<long[]> acked = acknowledged.get(code);
                    if (acked.isEmpty()) {
                        continue;
                    }
                    if (node.equals(nodes[0])) {
                        acks += acked.size();
                    }
                    JsonNode answer = view.path("answers").path(code);
                    long[] last = acked.stream().max(Comparator.comparingLong(x -> x[0])).orElseThrow();
                    long distinct = acked.stream().mapToLong(x -> x[0]).distinct().count();
                    String expected = kinds.get(code).equals("TEXT") ? "Svar " + last[1] : Long.toString(last[1]);
                    if (answer.path("version").asLong() != last[0] || distinct != acked.size()
                            || !answer.path("value").asText().equals(expected)) {
                        lost++;
                        System.out.printf("  LOST? %s via %s: stored version %s value %s; %d acknowledged saves, last version %d value %s%n",
                                code, node, answer.path("version").asText(), answer.path("value").asText(), acked.size(), last[0], expected);
                    }
                }
            }
            int lostInDatabase = 0;
            for (Map<String, Object> row : jdbc.queryForList("SELECT indicator_code, answer_value, version FROM assessment_answer "
                    + "WHERE assessment_id = ?", Long.parseLong(id))) {
                List<long[]> acked = acknowledged.get((String) row.get("indicator_code"));
                if (acked == null || acked.isEmpty()) {
                    continue;
                }
                long[] last = acked.stream().max(Comparator.comparingLong(x -> x[0])).orElseThrow();
                if (((Number) row.get("version")).longValue() != last[0] || !row.get("answer_value").toString().endsWith(Long.toString(last[1]))) {
                    lostInDatabase++;
                    System.out.printf("  LOST? %s in the database: %s; last acknowledged version %d value %d%n", row.get("indicator_code"),
                            row, last[0], last[1]);
                }
            }
            System.out.printf("  acknowledged saves %d; read back through both nodes: %d indicator reading(s) with a lost or wrong "
                    + "acknowledged write; in the database: %d%n", acks, lost, lostInDatabase);
            int badRounds = 0;
            for (Round round : rounds) {
                Map<String, Object> row = jdbc.queryForMap("SELECT status, expert_username FROM assessment WHERE id = ?", round.assessment);
                // A holder claiming again (the same user in another session) succeeds too: one person, not two.
                boolean ok = round.claimedBy.stream().distinct().count() == 1 && round.assignedWith.size() == 1
                        && "assessor2".equals(row.get("expert_username")) && "SELF_ASSESSMENT".equals(row.get("status"));
                if (!ok) {
                    badRounds++;
                    System.out.printf("  round of assessment %d: claims won by %s, assignments acknowledged %s, stored %s%n",
                            round.assessment, round.claimedBy, round.assignedWith, row);
                }
            }
            System.out.printf("  claim rounds with other than one person winning the claim and one stored assignment: %d of %d%n",
                    badRounds, rounds.size());
        }
    }

    /**
     * Each node: 20 connections for its 20 Tomcat threads ({@code App.start}, which also gives each node's embedded
     * SMTP server a free port of its own; a second option would be joined to it with a comma); the clients beyond them
     * wait in Tomcat's accept queue.
     */
    private static List<String> node() {
        return List.of("--spring.datasource.hikari.maximum-pool-size=20", "--spring.flyway.locations=classpath:db/demo");
    }

    private static String status(int status) {
        return status / 100 == 5 ? "5xx" : Integer.toString(status);
    }

    private static void count(Map<String, AtomicLong> statuses, String key) {
        statuses.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** One claim round: an assessment just requested, its assignment task, who won the claim and the assignment. */
    record Round(long assessment, String task, List<String> claimedBy, List<String> assignedWith) {

        static Round open(Client support, String node, long cluster) throws Exception {
            long id = support.ok(node, "POST", "/api/assessments/bronze", "{\"clusterId\": " + cluster + "}").get("id").asLong();
            String task = null;
            for (JsonNode t : support.ok(node, "GET", "/api/tasks?assessment=" + id, null).get("items")) {
                if (t.get("assessmentId").asLong() == id) {
                    task = t.get("taskId").asText();
                }
            }
            if (task == null) {
                throw new IllegalStateException("No assignment task for assessment " + id);
            }
            return new Round(id, task, Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()));
        }
    }
}
