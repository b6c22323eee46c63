package dk.ecei.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.shared.ProblemTexts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may call what. API clients send a Keycloak access token (issuer and audience checked, roles from the token);
 * people log in through Keycloak in the browser (authorization code flow). The embedded default replaces both with
 * the clearly labelled local demo login, which the prod profile refuses. Finer rules (own cluster, assigned
 * assessments) are enforced in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** The login page of the web interface: the demo form in the embedded default, a link to Keycloak otherwise. */
    static final String LOGIN_PAGE = "/login";
    /** Where a login lands: the web interface sends each role on to its first page. */
    static final String START_PAGE = "/start";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; object-src 'self'; frame-src 'self'; frame-ancestors 'self';"
            + " base-uri 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, Environment environment,
            ObjectMapper json, ProblemTexts texts, ObjectProvider<JwtDecoder> jwtDecoder,
            ObjectProvider<ClientRegistrationRepository> clientRegistrations) throws Exception {
        if (settings.demoLogin() && Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException("The demo login (ecei.security.demo-login) can never be used with the prod profile");
        }
        ProblemResponses problems = new ProblemResponses(json, texts);
        // Only our own scripts run (no inline script); styles may be inline (bpmn-js and the bars set them); pages are
        // framed by our own pages only. The evidence viewer's file response sets its own, narrower policy.
        // The evidence file response is the one thing our own viewer page frames: it sets its own policy and
        // X-Frame-Options SAMEORIGIN; everything else is never framed.
        RequestMatcher evidenceFile = request -> request.getRequestURI().substring(request.getContextPath().length())
                .matches("/assessments/\\d+/evidence/\\d+/content");
        RequestMatcher rest = new NegatedRequestMatcher(evidenceFile);
        http.headers(headers -> headers.frameOptions(frame -> frame.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(rest,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(rest,
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/", "/login", "/favicon.ico", "/css/**", "/js/**", "/vendor/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/labels", "/api/labels/*", "/api/clusters/*/labels", "/api/register").permitAll()
                // A certificate's public verification (issue 13): anybody holding the number may check it.
                .requestMatchers(HttpMethod.GET, "/verify/*", "/api/verify/*").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/error", "/login/**", "/oauth2/**").permitAll()
                // Role checks before the body is even read, so a forbidden caller learns nothing from validation.
                .requestMatchers(HttpMethod.POST, "/api/clusters", "/api/catalogue/versions").hasRole(Roles.SUPPORT_STAFF)
                .requestMatchers("/api/assessors/**").hasAnyRole(Roles.SUPPORT_STAFF, Roles.ADMIN)
                // The same before parameters are bound: a caller without the role gets 403, never "date is missing".
                .requestMatchers("/api/dashboard/**").hasAnyRole(Roles.SUPPORT_STAFF, Roles.ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/performance/collections", "/api/performance/collections/*/close")
                .hasRole(Roles.SUPPORT_STAFF)
                .requestMatchers(HttpMethod.GET, "/api/performance/collections/*/reports", "/api/performance/collections/*/totals",
                        "/api/performance/national").hasAnyRole(Roles.SUPPORT_STAFF, Roles.ADMIN)
                // Eligibility figures are changed by support staff only; managers propose (ClusterFigures).
                .requestMatchers(HttpMethod.PUT, "/api/clusters/*").hasRole(Roles.SUPPORT_STAFF)
                .requestMatchers("/api/clusters/figure-proposals", "/api/clusters/figure-proposals/**").hasRole(Roles.SUPPORT_STAFF)
                .requestMatchers(HttpMethod.POST, "/api/clusters/{id}/figure-proposals").access(managerOfCluster(false))
                .requestMatchers(HttpMethod.PUT, "/api/clusters/{id}/contact").access(managerOfCluster(true))
                .requestMatchers("/api/assessments/approvals", "/approvals").hasRole(Roles.SUPPORT_STAFF)
                .requestMatchers(HttpMethod.DELETE, "/api/assessments/*/observers/*").hasRole(Roles.SUPPORT_STAFF)
                .requestMatchers(HttpMethod.POST, "/api/catalogue/versions", "/api/assessments/*/decision",
                        "/api/assessments/*/assignment", "/api/assessments/*/experts", "/api/assessments/*/observers")
                .hasRole(Roles.SUPPORT_STAFF)
                .anyRequest().authenticated());
        // Browser sessions keep CSRF protection; API clients that send credentials in a header have no cookie to forge.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
        RequestMatcher apiCall = request -> request.getRequestURI().startsWith("/api/")
                || request.getHeader("Authorization") != null;
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems.unauthorized(),
                        request -> request.getRequestURI().startsWith("/api/"))
                .defaultAccessDeniedHandlerFor(problems.forbidden(), apiCall)
                .defaultAccessDeniedHandlerFor(pageRefusal(), AnyRequestMatcher.INSTANCE));
        if (jwtDecoder.getIfAvailable() != null) {
            JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
            tokens.setJwtGrantedAuthoritiesConverter(jwt -> KeycloakAuthorities.from(jwt.getClaims()));
            tokens.setPrincipalClaimName("preferred_username");
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems.unauthorized())
                    .accessDeniedHandler(problems.forbidden())
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)));
        }
        ClientRegistrationRepository registrations = clientRegistrations.getIfAvailable();
        if (registrations != null) {
            OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            logout.setPostLogoutRedirectUri("{baseUrl}/");
            http.oauth2Login(login -> login.loginPage(LOGIN_PAGE).defaultSuccessUrl(START_PAGE)
                    .userInfoEndpoint(info -> info.oidcUserService(keycloakUsers(jwtDecoder))));
            http.logout(out -> out.logoutSuccessHandler(logout));
        }
        if (settings.demoLogin()) {
            http.formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl(START_PAGE).permitAll());
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()));
            http.logout(out -> out.logoutSuccessUrl("/?logout"));
        }
        return http.build();
    }

    /**
     * The cluster's own manager (or, where {@code orSupport}, support staff), decided from the path before the body
     * is read: another cluster's manager gets 403 whatever they send.
     */
    private static AuthorizationManager<RequestAuthorizationContext> managerOfCluster(boolean orSupport) {
        return (authentication, context) -> {
            Set<String> authorities = new HashSet<>();
            authentication.get().getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
            boolean own = authorities.contains("ROLE_" + Roles.CLUSTER_MANAGER)
                    && authorities.contains(Roles.CLUSTER_AUTHORITY_PREFIX + context.getVariables().get("id"));
            boolean support = orSupport && (authorities.contains("ROLE_" + Roles.SUPPORT_STAFF)
                    || authorities.contains("ROLE_" + Roles.ADMIN));
            return new AuthorizationDecision(own || support);
        };
    }

    /**
     * A page refusal: somebody not logged in (a session that timed out before a form was sent, say) is asked to log
     * in; a logged-in user gets the error page.
     */
    private static AccessDeniedHandler pageRefusal() {
        return (request, response, e) -> {
            if (CurrentUser.get().isAnonymous()) {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }

    /**
     * A browser login carries the realm roles in the access token, not in the ID token: read them from the (verified)
     * access token, and name the user by preferred_username, as the API does.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> keycloakUsers(ObjectProvider<JwtDecoder> jwtDecoder) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
            JwtDecoder decoder = jwtDecoder.getIfAvailable();
            if (decoder != null) {
                authorities.addAll(KeycloakAuthorities.from(decoder.decode(request.getAccessToken().getTokenValue()).getClaims()));
            }
            authorities.addAll(KeycloakAuthorities.from(user.getClaims()));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
        };
    }

    /** The firewall's refusals (StrictHttpFirewall) as problem+json; WebSecurity picks this bean up. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ObjectMapper json, ProblemTexts texts) {
        return new ProblemResponses(json, texts).rejected();
    }

    /** The demo login's passwords (bcrypt), a verified password remembered for a while (HTTP Basic on every call). */
    @Bean
    PasswordEncoder demoPasswords() {
        return new VerifiedCredentials(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    UserDetailsService demoUsers(SecuritySettings settings, PasswordEncoder encoder) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (!settings.demoLogin()) {
            return users;
        }
        for (SecuritySettings.DemoUser demo : settings.demoUsers()) {
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            demo.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            if (demo.clusterId() != null) {
                authorities.add(new SimpleGrantedAuthority(Roles.CLUSTER_AUTHORITY_PREFIX + demo.clusterId()));
            }
            users.createUser(User.withUsername(demo.username()).password(encoder.encode(demo.password()))
                    .authorities(authorities).build());
        }
        return users;
    }
}
