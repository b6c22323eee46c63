package dk.ecei.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test users with the same shape of authorities as the real logins: ROLE_ per realm role, CLUSTER_ for a manager's cluster. */
public record Users(String username, List<String> roles, Long clusterId) {

    public static final Users SUPPORT = new Users("support", List.of("support-staff"), null);
    public static final Users ASSESSOR1 = new Users("assessor1", List.of("assessor"), null);
    public static final Users ASSESSOR2 = new Users("assessor2", List.of("assessor"), null);

    public static Users managerOf(Long clusterId) {
        return new Users("manager-" + clusterId, List.of("cluster-manager"), clusterId);
    }

    public List<SimpleGrantedAuthority> authorities() {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        if (clusterId != null) {
            authorities.add(new SimpleGrantedAuthority("CLUSTER_" + clusterId));
        }
        return authorities;
    }

    /** Runs the action as this user, as the services see the caller. */
    public <T> T call(Supplier<T> action) {
        // A fresh context, never the current one: MockMvc's test support may hold the current context object and
        // would hand this user on to a later request made without one.
        org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** For MockMvc requests: a logged-in browser session, so it carries the CSRF token as the pages do. */
    public RequestPostProcessor request() {
        RequestPostProcessor user = SecurityMockMvcRequestPostProcessors.user(username).authorities(authorities());
        RequestPostProcessor csrf = SecurityMockMvcRequestPostProcessors.csrf();
        return request -> csrf.postProcessRequest(user.postProcessRequest(request));
    }
}
