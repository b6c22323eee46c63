package dk.ecei.notification;

import dk.ecei.security.Roles;
import dk.ecei.security.SecuritySettings;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Fills the person directory from the identity provider: at every browser login, the token's {@code email}, {@code name}
 * and {@code locale} claims with the roles and cluster the login gave. The local demo login has no claims; its
 * users are entered once at start from the demo user list (their addresses come from
 * {@code ecei.mail.demo-address-domain}).
 */
@Configuration(proxyBeanMethods = false)
class LoginPeople {

    private final PersonDirectory people;

    LoginPeople(PersonDirectory people) {
        this.people = people;
    }

    /**
     * A browser login (form or OpenID Connect), not every request an API client authenticates with a password or a
     * token: those would write on every call, and a refused request must change nothing.
     */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent login) {
        people.remember(personOf(login.getAuthentication(), LocaleContextHolder.getLocale()));
    }

    /** The person a login describes; {@code requestLocale} when the token carries no {@code locale} claim. */
    static PersonDirectory.Person personOf(Authentication who, Locale requestLocale) {
        Map<String, Object> claims = who.getPrincipal() instanceof OidcUser user ? user.getClaims()
                : who instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaims() : Map.of();
        Set<String> roles = new HashSet<>();
        Long cluster = null;
        for (GrantedAuthority authority : who.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith("ROLE_")) {
                roles.add(name.substring(5));
            } else if (name.startsWith(Roles.CLUSTER_AUTHORITY_PREFIX)) {
                cluster = Long.valueOf(name.substring(Roles.CLUSTER_AUTHORITY_PREFIX.length()));
            }
        }
        Object username = claims.getOrDefault("preferred_username", who.getName());
        Object locale = claims.get("locale");
        return new PersonDirectory.Person(String.valueOf(username), nameOf(claims), (String) claims.get("email"),
                locale instanceof String tag ? Locale.forLanguageTag(tag) : requestLocale, roles, cluster);
    }

    /**
     * The person's name as the identity provider tells it: the {@code name} claim, else given and family name
     * together; null when the token names nobody.
     */
    private static String nameOf(Map<String, Object> claims) {
        if (claims.get("name") instanceof String name && !name.isBlank()) {
            return name.strip();
        }
        String given = claims.get("given_name") instanceof String g ? g.strip() : "";
        String family = claims.get("family_name") instanceof String f ? f.strip() : "";
        String both = (given + " " + family).strip();
        return both.isEmpty() ? null : both;
    }

    @Bean
    @ConditionalOnProperty(name = "ecei.security.demo-login", havingValue = "true")
    ApplicationRunner demoPeople(ObjectProvider<SecuritySettings> security) {
        return (ApplicationArguments args) -> security.stream().flatMap(s -> s.demoUsers().stream()).forEach(user -> {
            if (people.find(user.username()).map(known -> known.displayName() == null).orElse(true)) {
                people.remember(new PersonDirectory.Person(user.username(), user.name(), null, PersonDirectory.DANISH,
                        Set.copyOf(user.roles()), user.clusterId()));
            }
        });
    }
}
