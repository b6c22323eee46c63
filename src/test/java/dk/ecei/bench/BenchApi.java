package dk.ecei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the evidence and load harnesses share: an API client with HTTP Basic (the demo login, so no CSRF token or
 * session), making a demo cluster eligible the way support staff do (the demo clusters of 2016 carry no secretariat
 * or membership figures, so no eligibility profile lets them apply), and a free port for each node's embedded SMTP.
 */
final class BenchApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private BenchApi() {
    }

    /**
     * An API client of one demo user: with HTTP Basic ({@link #of}: every request checks the password, a bcrypt hash,
     * so only for setup and a few big requests) or with a session of one node ({@link #login}: form login once, then
     * the session cookie and the CSRF header, as a browser; what the load uses). {@link #send} answers whatever the
     * server answered.
     */
    record Client(HttpClient http, String username, String auth, String csrf) {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        static Client of(HttpClient http, String username) {
            return new Client(http, username,
                    "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)), null);
        }

        /** A session on one node: use it with that node's base address only (sessions are per node). */
        static Client login(String base, String username) throws Exception {
            CookieManager cookies = new CookieManager();
            cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
            HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String token = token(http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("Login of " + username + " failed: " + login.statusCode());
            }
            String csrf = token(http.send(HttpRequest.newBuilder(URI.create(base + "/notifications")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            return new Client(http, username, null, csrf);
        }

        private static String token(String page) {
            Matcher m = CSRF.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("No CSRF token on the page");
            }
            return m.group(1).replace("&#45;", "-");
        }

        HttpResponse<String> send(String base, String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(120));
            if (auth != null) {
                request.header("Authorization", auth);
            }
            if (csrf != null) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The answer's JSON; anything but 2xx stops the harness (setup steps, not measured ones). */
        JsonNode ok(String base, String method, String path, String json) throws Exception {
            HttpResponse<String> response = send(base, method, path, json);
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(username + ": " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        }
    }

    /**
     * Support staff record figures that meet both eligibility profiles (1.5 FTE, 25 committed companies of which 20
     * SMEs, 3 knowledge institutions, 2 public actors, ECCP listing, formal organisation) on a demo cluster.
     */
    static void makeEligible(Client support, String base, long clusterId) throws Exception {
        JsonNode cluster = support.ok(base, "GET", "/api/clusters/" + clusterId, null);
        ObjectNode details = JSON.createObjectNode();
        details.put("name", cluster.get("name").asText());
        details.put("type", cluster.get("type").asText());
        details.put("region", cluster.path("region").isTextual() ? cluster.get("region").asText() : "HOVEDSTADEN");
        details.set("fields", cluster.get("fields"));
        details.put("secretariatFte", "1.5");
        ObjectNode members = details.putObject("members");
        members.put("companies", 25).put("smes", 20).put("knowledgeInstitutions", 3).put("publicActors", 2).put("other", 0);
        details.put("website", "https://example.org/cluster-" + clusterId);
        details.put("eccpListed", true);
        details.put("formalOrganisation", true);
        ObjectNode update = JSON.createObjectNode();
        update.put("version", cluster.get("version").asLong());
        update.set("details", details);
        support.ok(base, "PUT", "/api/clusters/" + clusterId, update.toString());
        JsonNode eligibility = support.ok(base, "GET", "/api/clusters/" + clusterId + "/eligibility", null);
        if (!eligibility.path("eligible").asBoolean()) {
            throw new IllegalStateException("Cluster " + clusterId + " is still not eligible: " + eligibility);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
