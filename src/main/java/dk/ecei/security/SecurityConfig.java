package dk.ecei.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, Environment environment,
            ObjectMapper json) throws Exception {
        if (settings.demoLogin() && Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException("The demo login (ecei.security.demo-login) can never be used with the prod profile");
        }
        ProblemResponses problems = new ProblemResponses(json);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/favicon.ico", "/css/**", "/js/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/labels", "/api/labels/*", "/api/clusters/*/labels", "/api/register").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/error").permitAll()
                .anyRequest().authenticated());
        // Browser sessions keep CSRF protection; API clients that send credentials in a header have no cookie to forge.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems.unauthorized(),
                        request -> request.getRequestURI().startsWith("/api/"))
                .accessDeniedHandler(problems.forbidden()));
        if (settings.demoLogin()) {
            http.formLogin(Customizer.withDefaults());
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()));
            http.logout(Customizer.withDefaults());
        }
        return http.build();
    }

    @Bean
    UserDetailsService demoUsers(SecuritySettings settings) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
