package dk.ecei.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Keycloak server for integration tests (never a mock): a JVM-wide singleton that starts the Keycloak
 * distribution unpacked by the build into {@code target/keycloak/keycloak-<version>/} as a child process, with the
 * {@code ecei} realm imported from {@code realm-config/ecei-realm.json} into an in-memory database.
 *
 * <p>Keycloak needs Java 21+; the JDK is taken from {@code KEYCLOAK_JAVA_HOME} (environment variable or system
 * property {@code keycloak.java.home}), else {@code /usr/lib/jvm/temurin-25-jdk-amd64}, else another Java 21+ JDK
 * under {@code /usr/lib/jvm}, else the running JVM if it is Java 21+.
 *
 * <p>Keycloak's output goes to {@code target/keycloak-test.log}. The process tree is destroyed by a JVM shutdown
 * hook.
 *
 * <p>Use from Spring tests:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void keycloak(DynamicPropertyRegistry registry) {
 *     KeycloakTestServer.registerProperties(registry);
 * }
 * }</pre>
 */
public final class KeycloakTestServer {

    public static final String REALM = "ecei";
    /** Public client with direct access grants (password grant), used by tests and scripts. */
    public static final String API_CLIENT_ID = "ecei-api";
    /** Confidential web client (authorization code flow). */
    public static final String WEB_CLIENT_ID = "ecei-web";
    public static final String WEB_CLIENT_SECRET = "ecei-web-demo-secret";
    /** Password of every demo user in the realm export. */
    public static final String DEMO_PASSWORD = "demo";
    /** Bootstrap admin of the master realm (admin console at {@link #baseUri()}/admin). */
    public static final String MASTER_ADMIN_USERNAME = "admin";
    public static final String MASTER_ADMIN_PASSWORD = "admin";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(
            Long.getLong("keycloak.startup-timeout-seconds", 180));
    private static final String DEFAULT_JDK = "/usr/lib/jvm/temurin-25-jdk-amd64";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakTestServer instance;

    private final int port;
    private final Process process;
    private final Path logFile;
    private final Duration startupTime;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private KeycloakTestServer(int port, Process process, Path logFile, Duration startupTime) {
        this.port = port;
        this.process = process;
        this.logFile = logFile;
        this.startupTime = startupTime;
    }

    /** Returns the running server, starting it on first use (blocks until the realm answers). */
    public static synchronized KeycloakTestServer getInstance() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /**
     * Points Spring Security (resource server and the {@code keycloak} OAuth2 client provider) at the running
     * Keycloak; starts it if needed.
     */
    public static void registerProperties(DynamicPropertyRegistry registry) {
        KeycloakTestServer server = getInstance();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", server::issuerUri);
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", server::issuerUri);
    }

    public int port() {
        return port;
    }

    /** e.g. {@code http://127.0.0.1:41234} */
    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public String issuerUri() {
        return baseUri() + "/realms/" + REALM;
    }

    public String tokenUri() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public String jwkSetUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    public String authorizationUri() {
        return issuerUri() + "/protocol/openid-connect/auth";
    }

    /** How long the start took, from launching the process until the realm's discovery document answered. */
    public Duration startupTime() {
        return startupTime;
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * Password grant against the public client {@code ecei-api}.
     *
     * @return the raw access token (a JWT)
     * @throws TokenRequestException if the token endpoint does not answer 200 (e.g. 401 for a wrong password)
     */
    public String accessToken(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", API_CLIENT_ID);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return tokenRequest(form).get("access_token").asText();
    }

    /** Password grant with the demo password. */
    public String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    /** Password grant with the demo password against any public client of the realm. */
    public String accessTokenFor(String clientId, String username) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", DEMO_PASSWORD);
        form.put("scope", "openid");
        return tokenRequest(form).get("access_token").asText();
    }

    /** A token of the master realm's admin: a real Keycloak token from the wrong issuer for our API. */
    public String masterAdminToken() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", MASTER_ADMIN_USERNAME);
        form.put("password", MASTER_ADMIN_PASSWORD);
        return tokenRequest(form, baseUri() + "/realms/master/protocol/openid-connect/token").get("access_token").asText();
    }

    /**
     * Creates (once) a public client in the ecei realm whose access tokens live only a few seconds and carry the API
     * audience, through Keycloak's admin API; for tests of expired tokens.
     */
    public synchronized void ensureShortLivedClient(String clientId, int lifespanSeconds) {
        String client = """
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true, "standardFlowEnabled": false,
                 "attributes": {"access.token.lifespan": "%d"},
                 "protocolMappers": [{"name": "audience ecei-api", "protocol": "openid-connect",
                   "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.client.audience": "ecei-api", "access.token.claim": "true", "id.token.claim": "false"}}]}
                """.formatted(clientId, lifespanSeconds);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + "/admin/realms/" + REALM + "/clients"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + masterAdminToken())
                .POST(HttpRequest.BodyPublishers.ofString(client))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Creating client " + clientId + " answered HTTP " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tokenRequest(Map<String, String> form) {
        return tokenRequest(form, tokenUri());
    }

    private JsonNode tokenRequest(Map<String, String> form, String tokenUri) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUri))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + tokenUri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during token request", e);
        }
        if (response.statusCode() != 200) {
            throw new TokenRequestException(response.statusCode(), response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Unparsable token response: " + response.body(), e);
        }
    }

    /** The token endpoint answered with something other than 200. */
    public static final class TokenRequestException extends RuntimeException {
        private final int statusCode;
        private final String responseBody;

        TokenRequestException(int statusCode, String responseBody) {
            super("Token endpoint answered HTTP " + statusCode + ": " + responseBody);
            this.statusCode = statusCode;
            this.responseBody = responseBody;
        }

        public int statusCode() {
            return statusCode;
        }

        public String responseBody() {
            return responseBody;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Start-up

    private static KeycloakTestServer start() {
        Path projectDir = projectDir();
        Path distribution = findDistribution(projectDir);
        Path realmFile = projectDir.resolve("realm-config/ecei-realm.json");
        if (!Files.isRegularFile(realmFile)) {
            throw new IllegalStateException("Realm export not found: " + realmFile);
        }
        Path javaHome = findJavaHome();
        Path logFile = projectDir.resolve("target/keycloak-test.log");

        try {
            // --import-realm reads every *.json file in <distribution>/data/import; copy atomically.
            Path importDir = Files.createDirectories(distribution.resolve("data/import"));
            Path tmp = Files.createTempFile(importDir, "ecei-realm", ".json.tmp");
            Files.copy(realmFile, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, importDir.resolve("ecei-realm.json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the Keycloak distribution " + distribution, e);
        }

        int port = freePort();
        List<String> command = List.of(
                distribution.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname-strict=false",
                "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(distribution.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.remove("JAVA"); // kc.sh prefers $JAVA over $JAVA_HOME
        env.remove("JAVA_OPTS"); // keep kc.sh's defaults (heap 64m..512m)
        env.remove("JAVA_TOOL_OPTIONS");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", MASTER_ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", MASTER_ADMIN_PASSWORD);

        long startNanos = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak: " + String.join(" ", command), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> destroyTree(process), "keycloak-test-server-stop"));

        KeycloakTestServer server = new KeycloakTestServer(port, process, logFile, Duration.ZERO);
        try {
            server.awaitRealm(startNanos);
        } catch (RuntimeException e) {
            destroyTree(process);
            throw e;
        }
        Duration startup = Duration.ofNanos(System.nanoTime() - startNanos);
        System.out.printf("Keycloak %s started on %s in %d ms (JDK %s, log %s)%n", distribution.getFileName(),
                server.baseUri(), startup.toMillis(), javaHome, logFile);
        return new KeycloakTestServer(port, process, logFile, startup);
    }

    private void awaitRealm(long startNanos) {
        URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
        long deadline = startNanos + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " during start-up. Last lines of " + logFile + ":\n" + tail(logFile, 40));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
        throw new IllegalStateException("Keycloak did not serve " + discovery + " within " + STARTUP_TIMEOUT
                + ". Last lines of " + logFile + ":\n" + tail(logFile, 40));
    }

    private static void destroyTree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>();
        process.descendants().forEach(tree::add);
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        for (ProcessHandle handle : tree) {
            while (handle.isAlive() && System.nanoTime() < deadline) {
                try {
                    handle.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (Exception e) {
                    break;
                }
            }
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }

    /** The Maven project directory (surefire sets {@code basedir}); falls back to searching up from the cwd. */
    private static Path projectDir() {
        String basedir = System.getProperty("basedir");
        if (basedir != null && Files.isDirectory(Path.of(basedir, "realm-config"))) {
            return Path.of(basedir).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("realm-config"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the project directory (with pom.xml and realm-config/) from "
                + Path.of("").toAbsolutePath());
    }

    private static Path findDistribution(Path projectDir) {
        String configured = System.getProperty("keycloak.home", System.getenv("KEYCLOAK_TEST_HOME"));
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("keycloak.home / KEYCLOAK_TEST_HOME " + home
                        + " does not contain an executable bin/kc.sh");
            }
            return home;
        }
        Path root = projectDir.resolve("target/keycloak");
        String version = System.getProperty("keycloak.version");
        if (version != null && Files.isExecutable(root.resolve("keycloak-" + version + "/bin/kc.sh"))) {
            return root.resolve("keycloak-" + version);
        }
        if (Files.isDirectory(root)) {
            try (Stream<Path> children = Files.list(root)) {
                Optional<Path> found = children
                        .filter(p -> p.getFileName().toString().startsWith("keycloak-"))
                        .filter(p -> Files.isExecutable(p.resolve("bin/kc.sh")))
                        .max(Comparator.comparing(p -> p.getFileName().toString()));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No Keycloak distribution under " + root
                + " (expected keycloak-<version>/bin/kc.sh). It is unpacked by the maven-dependency-plugin in the"
                + " process-test-classes phase: run './mvnw -DskipTests process-test-classes' (or any later phase).");
    }

    /** A JDK able to run Keycloak 26 (Java 21+). */
    static Path findJavaHome() {
        List<String> tried = new ArrayList<>();
        String configured = Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME"))
                .orElse(System.getProperty("keycloak.java.home"));
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            if (!Files.isExecutable(home.resolve("bin/java"))) {
                throw new IllegalStateException("KEYCLOAK_JAVA_HOME=" + home + " has no executable bin/java");
            }
            return home;
        }
        Path preferred = Path.of(DEFAULT_JDK);
        if (Files.isExecutable(preferred.resolve("bin/java"))) {
            return preferred;
        }
        tried.add(preferred.toString());
        Path jvmDir = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvmDir)) {
            try (Stream<Path> jdks = Files.list(jvmDir)) {
                Optional<Path> found = jdks
                        .filter(p -> Files.isExecutable(p.resolve("bin/java")))
                        .filter(p -> javaFeatureVersion(p) >= 21)
                        .max(Comparator.comparingInt(KeycloakTestServer::javaFeatureVersion));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            tried.add(jvmDir + "/*");
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        tried.add("running JVM (Java " + Runtime.version().feature() + ")");
        throw new IllegalStateException("Keycloak 26 needs Java 21 or newer and none was found (tried "
                + String.join(", ", tried) + "). Set KEYCLOAK_JAVA_HOME to a Java 21+ JDK.");
    }

    /** Feature version from the JDK's {@code release} file, else guessed from the directory name; 0 if unknown. */
    private static int javaFeatureVersion(Path home) {
        Path release = home.resolve("release");
        if (Files.isRegularFile(release)) {
            Properties properties = new Properties();
            try (var in = Files.newInputStream(release)) {
                properties.load(in);
                String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
                String major = version.startsWith("1.") ? version.substring(2) : version;
                return Integer.parseInt(major.split("[^0-9]")[0]);
            } catch (IOException | RuntimeException e) {
                // fall through to the name
            }
        }
        String name = home.getFileName().toString();
        if (name.matches(".*\\D21(\\D.*)?") || name.matches(".*\\D25(\\D.*)?")) {
            return name.matches(".*\\D25(\\D.*)?") ? 25 : 21;
        }
        return 0;
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log not readable: " + e + ")";
        }
    }
}
