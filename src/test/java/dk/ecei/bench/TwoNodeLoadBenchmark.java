package dk.ecei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;

/**
 * A bounded load on two application nodes on one MariaDB: for {@code bench.seconds} (60) {@code bench.clients} (50)
 * clients, alternating between the nodes, read an assessment and save answers with the version they read, two
 * clients per indicator so their saves race; a second phase races claims of one task from all clients at once,
 * again over both nodes. Prints the answers by status (2xx, 409, other 4xx, 5xx) and then checks that no
 * acknowledged save was lost: per indicator, the stored version equals the number of acknowledged saves, and the
 * stored value is the one of the last acknowledged save. Figures only; this is not a test. Run: bench/run-load.sh.
 */
public final class TwoNodeLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] arguments) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3306/ecei_bench_load?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true");
        int clients = Integer.getInteger("bench.clients", 50);
        int seconds = Integer.getInteger("bench.seconds", 60);
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(url);
            ds.setUsername(System.getProperty("bench.user", "root"));
            ds.setPassword(System.getProperty("bench.password", ""));
            Flyway.configure().dataSource(ds).cleanDisabled(false).load().clean();
        }
        try (ScaleBenchmark.App a = ScaleBenchmark.App.start(url, List.of("--server.tomcat.threads.max=40",
                "--spring.flyway.locations=classpath:db/demo"));
                ScaleBenchmark.App b = ScaleBenchmark.App.start(url, List.of("--server.tomcat.threads.max=40",
                "--spring.flyway.locations=classpath:db/demo"))) {
            String[] nodes = {a.base(), b.base()};
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Client manager = Client.of(http, "manager-clean");
            Client support = Client.of(http, "support");
            String id = JSON.readTree(manager.send(nodes[0], "POST", "/api/assessments/bronze", "{\"clusterId\": 1}").body())
                    .get("id").asText();
            support.send(nodes[1], "POST", "/api/assessments/" + id + "/assignment", "{\"expert\": \"assessor1\", "
                    + "\"plannedInterviewDate\": \"" + LocalDate.now().plusDays(14) + "\"}");
            List<String> codes = new ArrayList<>();
            for (JsonNode category : JSON.readTree(manager.send(nodes[0], "GET", "/api/catalogue/current", null).body())
                    .get("categories")) {
                if ("BRONZE".equals(category.get("scheme").asText())) {
                    for (JsonNode indicator : category.get("indicators")) {
                        if ("NUMBER".equals(indicator.get("answerKind").asText())) {
                            codes.add(indicator.get("code").asText());
                        }
                    }
                }
            }
            Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
            Map<String, List<long[]>> acknowledged = new ConcurrentHashMap<>();
            codes.forEach(c -> acknowledged.put(c, java.util.Collections.synchronizedList(new ArrayList<>())));
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<?>> running = new ArrayList<>();
            AtomicLong values = new AtomicLong(1000);
            for (int c = 0; c < clients; c++) {
                String node = nodes[c % 2];
                String code = codes.get((c / 2) % codes.size());
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            HttpResponse<String> read = manager.send(node, "GET", "/api/assessments/" + id, null);
                            count(statuses, read.statusCode());
                            JsonNode answer = JSON.readTree(read.body()).path("answers").path(code);
                            long version = answer.isMissingNode() ? 0 : answer.get("version").asLong();
                            long value = values.incrementAndGet();
                            HttpResponse<String> save = manager.send(node, "PUT", "/api/assessments/" + id + "/answers",
                                    "{\"answers\": {\"" + code + "\": \"" + value + "\"}, \"versions\": {\"" + code + "\": " + version + "}}");
                            count(statuses, save.statusCode());
                            if (save.statusCode() == 200) {
                                long stored = JSON.readTree(save.body()).path("answers").path(code).path("version").asLong();
                                acknowledged.get(code).add(new long[] {stored, value});
                            }
                        } catch (Exception e) {
                            count(statuses, -1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            System.out.printf("%d clients, %d s, two nodes (%s, %s), racing saves on %d indicators%n", clients, seconds,
                    nodes[0], nodes[1], Math.min(codes.size(), (clients + 1) / 2));
            System.out.println("answers by status: " + new TreeMap<>(statuses));
            JsonNode finalView = JSON.readTree(manager.send(nodes[1], "GET", "/api/assessments/" + id, null).body());
            int lost = 0;
            long acks = 0;
            for (String code : codes) {
                List<long[]> acked = acknowledged.get(code);
                if (acked.isEmpty()) {
                    continue;
                }
                acks += acked.size();
                JsonNode answer = finalView.path("answers").path(code);
                long[] last = acked.stream().max(java.util.Comparator.comparingLong(x -> x[0])).orElseThrow();
                long distinctVersions = acked.stream().mapToLong(x -> x[0]).distinct().count();
                if (answer.path("version").asLong() != acked.size() || distinctVersions != acked.size()
                        || !answer.path("value").asText().equals(Long.toString(last[1]))) {
                    lost++;
                    System.out.printf("  %s: stored version %s value %s, %d acknowledged saves (last value %d)%n", code,
                            answer.path("version").asText(), answer.path("value").asText(), acked.size(), last[1]);
                }
            }
            System.out.printf("acknowledged saves %d; indicators with a lost acknowledged save: %d%n", acks, lost);

            // Claims: everybody at once claims the expert's review task after submission, over both nodes.
            manager.send(nodes[0], "PUT", "/api/assessments/" + id + "/success-stories", "{\"stories\": []}");
            Map<String, AtomicLong> claims = new ConcurrentHashMap<>();
            List<Client> experts = List.of(Client.of(http, "assessor1"), Client.of(http, "support"));
            JsonNode tasks = JSON.readTree(manager.send(nodes[0], "GET", "/api/tasks", null).body());
            String task = null;
            for (JsonNode t : tasks) {
                if (t.get("assessmentId").asText().equals(id)) {
                    task = t.get("taskId").asText();
                }
            }
            if (task != null) {
                String claimed = task;
                List<Future<?>> racers = new ArrayList<>();
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                for (int c = 0; c < clients; c++) {
                    String node = nodes[c % 2];
                    Client who = c % 3 == 0 ? manager : experts.get(c % 2);
                    racers.add(pool.submit(() -> {
                        go.await();
                        try {
                            count(claims, who.send(node, "POST", "/api/tasks/" + claimed + "/claim", null).statusCode());
                        } catch (Exception e) {
                            count(claims, -1);
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : racers) {
                    f.get();
                }
                System.out.println("racing claims of one task by status: " + new TreeMap<>(claims));
            }
            pool.shutdown();
        }
    }

    private static void count(Map<String, AtomicLong> statuses, int status) {
        String key = status < 0 ? "transport error" : status / 100 == 5 ? "5xx" : Integer.toString(status);
        statuses.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** An API client with HTTP Basic (the demo login), so no CSRF token or session is needed. */
    record Client(HttpClient http, String auth) {

        static Client of(HttpClient http, String username) {
            return Client.of(http, "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
        }

        HttpResponse<String> send(String base, String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(60));
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
