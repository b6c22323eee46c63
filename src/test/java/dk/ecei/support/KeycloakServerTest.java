package dk.ecei.support;

import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a port, as in production: the demo login off, tokens and the browser login from the real
 * Keycloak test server. Tests that need it extend this class, so that they share one application context (one start
 * instead of one per class: the context cache keys on the declared properties and on this one property source).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ecei.security.demo-login=false",
        "ecei.security.token-clock-skew=PT0S",
        "spring.security.oauth2.resourceserver.jwt.audiences=ecei-api",
        "spring.security.oauth2.client.registration.keycloak.client-id=ecei-web",
        "spring.security.oauth2.client.registration.keycloak.client-secret=ecei-web-demo-secret",
        "spring.security.oauth2.client.registration.keycloak.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KeycloakServerTest {

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        KeycloakTestServer.registerProperties(registry);
    }
}
