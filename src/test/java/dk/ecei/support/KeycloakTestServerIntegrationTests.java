package dk.ecei.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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

    @Test
    void endpointsAreUnderTheIssuer() {
        assertThat(keycloak.issuerUri()).isEqualTo("http://127.0.0.1:" + keycloak.port() + "/realms/ecei");
        assertThat(keycloak.tokenUri()).isEqualTo(keycloak.issuerUri() + "/protocol/openid-connect/token");
        assertThat(keycloak.jwkSetUri()).isEqualTo(keycloak.issuerUri() + "/protocol/openid-connect/certs");
        assertThat(KeycloakTestServer.getInstance()).isSameAs(keycloak);
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
