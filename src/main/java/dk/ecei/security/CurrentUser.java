package dk.ecei.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller as the services see it, whatever the login (Keycloak token, browser login, demo login): the user
 * name, the realm roles and, for a cluster manager, their cluster.
 */
public record CurrentUser(String username, Set<String> roles, Optional<Long> clusterId) {

    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", Set.of(), Optional.empty());

    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<String> roles = authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .collect(Collectors.toUnmodifiableSet());
        Optional<Long> cluster = authorities.stream().filter(a -> a.startsWith(Roles.CLUSTER_AUTHORITY_PREFIX))
                .map(a -> a.substring(Roles.CLUSTER_AUTHORITY_PREFIX.length()))
                .filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).findFirst();
        return new CurrentUser(authentication.getName(), roles, cluster);
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isSupportStaff() {
        return has(Roles.SUPPORT_STAFF) || has(Roles.ADMIN);
    }

    /** True for the cluster's own managers. */
    public boolean managesCluster(Long id) {
        return has(Roles.CLUSTER_MANAGER) && clusterId.isPresent() && clusterId.get().equals(id);
    }
}
