package dk.ecei.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real tokens from a real Keycloak with the {@code ecei} realm export (no Spring context). */
class KeycloakTestServerIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakTestServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakTestServer.getInstance();
    }

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                Arguments.of("support", List.of("support-staff"), null),
                Arguments.of("admin", List.of("admin", "support-staff"), null),
                Arguments.of("assessor1", List.of("assessor"), null),
                Arguments.of("assessor2", List.of("assessor"), null),
                Arguments.of("manager-clean", List.of("cluster-manager"), "1"),
                Arguments.of("manager-houseofenergy", List.of("cluster-manager"), "2"),
                Arguments.of("manager-brains", List.of("cluster-manager"), "10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void demoUserGetsTokenWithIssuerAudienceRolesAndClusterId(String username, List<String> roles,
            String clusterId) throws IOException {
        JsonNode claims = payload(keycloak.accessToken(username, "demo"));

        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(values(claims.path("aud"))).contains("ecei-api");
        assertThat(claims.path("azp").asText()).isEqualTo("ecei-api");
        assertThat(claims.path("preferred_username").asText()).isEqualTo(username);
        List<String> realmRoles = values(claims.path("realm_access").path("roles"));
        assertThat(realmRoles).containsAll(roles);
        assertThat(realmRoles).doesNotContainAnyElementsOf(
                Stream.of("cluster-manager", "assessor", "support-staff", "admin")
                        .filter(role -> !roles.contains(role)).toList());
        if (clusterId == null) {
            assertThat(claims.has("cluster_id")).as("cluster_id claim of %s", username).isFalse();
        } else {
            assertThat(claims.path("cluster_id").asText()).isEqualTo(clusterId);
        }
    }

    @Test
    void wrongPasswordIsRejectedWith401() {
        assertThatThrownBy(() -> keycloak.accessToken("support", "not-the-password"))
                .isInstanceOfSatisfying(KeycloakTestServer.TokenRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.responseBody()).contains("invalid_grant");
                });
    }

    /**
     * The confidential web client: log in through Keycloak's login form like a browser (authorization code flow)
     * and check that its access token carries the same audience, roles and cluster_id claims.
     */
    @Test
    void webClientAuthorizationCodeFlowGivesTokenWithAudienceRolesAndClusterId() throws Exception {
        // Cookies are passed on by hand: Keycloak marks its login cookies Secure (even over http to the loopback
        // address, as browsers treat localhost as a secure context), and java.net.CookieManager would drop them.
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String redirectUri = "http://localhost:8080/login/oauth2/code/keycloak";
        URI authorize = URI.create(keycloak.authorizationUri() + "?" + form(Map.of(
                "client_id", "ecei-web", "response_type", "code", "scope", "openid", "state", "test-state",
                "redirect_uri", redirectUri)));

        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(authorize).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String cookies = loginPage.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(action.find()).as("login form in %s", loginPage.body()).isTrue();

        HttpResponse<String> afterLogin = browser.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "username", "manager-clean", "password", "demo", "credentialId", ""))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterLogin.statusCode()).isEqualTo(302);
        String location = afterLogin.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri + "?").contains("state=test-state");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();

        String basic = Base64.getEncoder().encodeToString(
                ("ecei-web:" + KeycloakTestServer.WEB_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(keycloak.tokenUri()))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "authorization_code", "code", code.group(1),
                                "redirect_uri", redirectUri))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);

        JsonNode claims = payload(JSON.readTree(tokens.body()).path("access_token").asText());
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(claims.path("azp").asText()).isEqualTo("ecei-web");
        assertThat(values(claims.path("aud"))).contains("ecei-api");
        assertThat(values(claims.path("realm_access").path("roles"))).contains("cluster-manager");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("manager-clean");
        assertThat(claims.path("cluster_id").asText()).isEqualTo("1");
    }

    @Test
    void endpointsAreUnderTheIssuer() {
        assertThat(keycloak.issuerUri()).isEqualTo("http://127.0.0.1:" + keycloak.port() + "/realms/ecei");
        assertThat(keycloak.tokenUri()).isEqualTo(keycloak.issuerUri() + "/protocol/openid-connect/token");
        assertThat(keycloak.jwkSetUri()).isEqualTo(keycloak.issuerUri() + "/protocol/openid-connect/certs");
        assertThat(KeycloakTestServer.getInstance()).isSameAs(keycloak);
    }

    private static String form(Map<String, String> parameters) {
        return new LinkedHashMap<>(parameters).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static JsonNode payload(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.asText());
        }
        return values;
    }
}
