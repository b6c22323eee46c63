package dk.ecei.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Turns Keycloak claims into our authorities: one ROLE_ per realm role (realm_access.roles) and CLUSTER_n for the
 * cluster_id attribute of a cluster manager. The same mapping serves API tokens and browser logins.
 */
final class KeycloakAuthorities {

    static final String CLUSTER_CLAIM = "cluster_id";

    private KeycloakAuthorities() {
    }

    static List<GrantedAuthority> from(Map<String, Object> claims) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> roles) {
            roles.stream().map(String::valueOf).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        Object cluster = claims.get(CLUSTER_CLAIM);
        if (cluster instanceof Collection<?> values && !values.isEmpty()) {
            cluster = values.iterator().next();
        }
        if (cluster != null && String.valueOf(cluster).matches("\\d{1,18}")) {
            authorities.add(new SimpleGrantedAuthority(Roles.CLUSTER_AUTHORITY_PREFIX + cluster));
        }
        return authorities;
    }
}
