package dk.ecei.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * demoLogin switches on the local demo login of the embedded default (form login and HTTP Basic with the demo
 * users of realm-config). It is refused in the prod profile. tokenClockSkew is how much clock difference between
 * Keycloak and this server is tolerated when checking a token's expiry.
 */
@ConfigurationProperties("ecei.security")
public record SecuritySettings(
        @DefaultValue("false") boolean demoLogin,
        @DefaultValue List<DemoUser> demoUsers,
        @DefaultValue("PT30S") Duration tokenClockSkew) {

    /**
     * A demo user of the local demo login; the same user names, roles and clusters as the Keycloak demo realm, and the
     * person's name (its first and last name there) that pages show instead of the user name; may be missing.
     */
    public record DemoUser(String username, String password, List<String> roles, Long clusterId, String name) {
    }
}
