package dk.ecei.bench;

import dk.ecei.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;

/**
 * Heap and RSS of the application while evidence streams through it: one 200 MB upload, then 10 concurrent 50 MB
 * uploads, then 10 concurrent 50 MB downloads (goal: heap growth under 64 MB). The application runs in this JVM on its
 * own MariaDB database (default {@code ecei_bench_evidence}, cleaned first) with a temporary evidence directory; the
 * clients generate and discard their bytes as streams, so what the heap holds is the server's. Figures are printed,
 * nothing is asserted: this is not a test. Run: {@code bench/run-evidence.sh}.
 */
public final class EvidenceBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MB = 1024 * 1024;

    public static void main(String[] arguments) throws Exception {
        String url = System.getProperty("bench.url",
                "jdbc:mariadb://127.0.0.1:3306/ecei_bench_evidence?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true");
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(url);
            ds.setUsername(System.getProperty("bench.user", "root"));
            ds.setPassword(System.getProperty("bench.password", ""));
            // Cleaned only: the application migrates it at start (V41 moves BLOBs with the configured store).
            Flyway.configure().dataSource(ds).cleanDisabled(false).load().clean();
        }
        Path store = Files.createTempDirectory("ecei-evidence-bench");
        try (ScaleBenchmark.App app = ScaleBenchmark.App.start(url, List.of("--ecei.evidence.max-size=256MB",
                "--spring.servlet.multipart.max-request-size=260MB", "--ecei.evidence.store.directory=" + store,
                "--server.tomcat.max-swallow-size=-1",
                // The demo clusters and users (App.start names db/migration; a repeated option is joined with a comma).
                // App.start gives the embedded SMTP server a free port (a second one would be joined to it).
                "--spring.flyway.locations=classpath:db/demo"))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            BenchApi.Client manager = BenchApi.Client.of(http, "manager-clean");
            BenchApi.Client support = BenchApi.Client.of(http, "support");
            // Evidence is added while the self-assessment is open: an eligible cluster, requested and assigned.
            BenchApi.makeEligible(support, app.base(), 1);
            String id = manager.ok(app.base(), "POST", "/api/assessments/bronze", "{\"clusterId\": 1}").get("id").asText();
            support.ok(app.base(), "POST", "/api/assessments/" + id + "/assignment", "{\"expert\": \"assessor1\", "
                    + "\"plannedInterviewDate\": \"" + TestClock.today().plusDays(14) + "\"}");
            String auth = manager.auth();
            Sampler sampler = new Sampler();
            System.out.printf("evidence streaming, heap max %d MB, store %s%n", Runtime.getRuntime().maxMemory() / MB, store);
            sampler.baseline();

            sampler.start();
            String big = upload(http, app.base(), auth, id, 200 * MB, 1);
            sampler.stop("one 200 MB upload");

            List<String> files = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(10);
            sampler.start();
            List<Future<String>> uploads = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int seed = 100 + i;
                uploads.add(pool.submit(() -> upload(http, app.base(), auth, id, 50 * MB, seed)));
            }
            for (Future<String> f : uploads) {
                files.add(f.get());
            }
            sampler.stop("10 concurrent 50 MB uploads");

            sampler.start();
            List<Future<Long>> downloads = new ArrayList<>();
            for (String file : files) {
                downloads.add(pool.submit(() -> download(http, app.base(), auth, id, file)));
            }
            long total = 0;
            for (Future<Long> f : downloads) {
                total += f.get();
            }
            sampler.stop("10 concurrent 50 MB downloads (" + total / MB + " MB read)");
            pool.shutdown();
            System.out.printf("200 MB file: %s; downloads complete: %s%n", big, total == 500 * MB);
            sampler.summary();
        } finally {
            // 700 MB of generated files: gone with the run.
            org.springframework.util.FileSystemUtils.deleteRecursively(store);
        }
    }

    /** A PDF head followed by pseudo-random bytes, generated while sent; answers the stored file's id. */
    static String upload(HttpClient http, String base, String auth, String id, long size, int seed) throws Exception {
        String boundary = "----bench" + seed + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-" + seed
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = head.length + size + tail.length;
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/assessments/" + id + "/evidence"))
                .header("Authorization", auth).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(new ByteArrayInputStream(head), new SequenceInputStream(
                                new Generated(size, seed), new ByteArrayInputStream(tail)))), length))
                .timeout(Duration.ofMinutes(10)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode stored = JSON.readTree(response.body());
        return stored.get("id").asText();
    }

    static long download(HttpClient http, String base, String auth, String id, String file) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/assessments/" + id
                        + "/evidence/" + file + "/content")).header("Authorization", auth).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long read = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
            }
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("download answered " + response.statusCode());
        }
        return read;
    }

    /** {@code %PDF-1.7} and then bytes from a cheap generator, never held whole. */
    static final class Generated extends InputStream {
        private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;
        private long state;

        Generated(long size, long seed) {
            this.size = size;
            this.state = seed * 0x9E3779B97F4A7C15L + 1;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                if (p < PDF.length) {
                    b[off + i] = PDF[(int) p];
                } else {
                    state ^= state << 13;
                    state ^= state >>> 7;
                    state ^= state << 17;
                    b[off + i] = (byte) state;
                }
            }
            position += n;
            return n;
        }
    }

    /**
     * Samples used heap (garbage included) and RSS every 50 ms while a phase runs, and once a second the live heap: the
     * heap still used right after a full collection, which is what the server really holds (young collections
     * alone say little: G1 leaves dead objects in the old generation until a mixed collection). Prints both as growth
     * over the baseline; the goal (under 64 MB) is about the live heap.
     */
    static final class Sampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private long baseline;
        private final AtomicLong peakHeap = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final AtomicLong peakRss = new AtomicLong();
        private volatile boolean running;
        private Thread thread;
        private long t0;
        private final List<String> results = new ArrayList<>();

        void baseline() {
            System.gc();
            baseline = memory.getHeapMemoryUsage().getUsed();
            System.out.printf("baseline after a full GC: heap %d MB, RSS %d MB%n", baseline / MB, rss() / MB);
        }

        void start() {
            System.gc();
            peakHeap.set(0);
            peakLive.set(0);
            peakRss.set(0);
            running = true;
            t0 = System.nanoTime();
            thread = new Thread(() -> {
                for (long tick = 1; running; tick++) {
                    peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    peakRss.accumulateAndGet(rss(), Math::max);
                    if (tick % 20 == 0) {
                        System.gc();
                        peakLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop(String phase) throws InterruptedException {
            running = false;
            thread.join();
            System.gc();
            long after = memory.getHeapMemoryUsage().getUsed();
            String line = String.format("%-42s %6.1f s  live heap peak %4d MB (growth %+4d MB; goal < 64 MB)  "
                            + "used heap peak %4d MB (%+4d MB, garbage included)  after %4d MB  RSS peak %4d MB",
                    phase, (System.nanoTime() - t0) / 1e9, peakLive.get() / MB, (peakLive.get() - baseline) / MB,
                    peakHeap.get() / MB, (peakHeap.get() - baseline) / MB, after / MB, peakRss.get() / MB);
            results.add(line);
            System.out.println(line);
        }

        void summary() {
            System.out.println("--- summary (heap max " + Runtime.getRuntime().maxMemory() / MB + " MB, baseline "
                    + baseline / MB + " MB)");
            results.forEach(System.out::println);
        }

        static long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (Exception e) {
                // Not Linux: no RSS figure.
            }
            return -1;
        }
    }
}
