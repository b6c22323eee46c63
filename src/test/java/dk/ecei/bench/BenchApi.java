package dk.ecei.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * What the evidence and load harnesses share: an API client with HTTP Basic (the demo login, so no CSRF token or
 * session), making a demo cluster eligible the way support staff do (the demo clusters of 2016 carry no secretariat
 * or membership figures, so no eligibility profile lets them apply), and a free port for each node's embedded SMTP.
 */
final class BenchApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private BenchApi() {
    }

    /** An API client of one demo user; {@link #send} answers whatever the server answered. */
    record Client(HttpClient http, String username, String auth) {

        static Client of(HttpClient http, String username) {
            return new Client(http, username,
                    "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
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
