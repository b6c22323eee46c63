package dk.ecei.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** What a login tells the person directory: the token's claims, the roles and the cluster of the login. */
class LoginPeopleTests {

    @Test
    void aKeycloakTokenGivesNameAddressLanguageRolesAndCluster() {
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claim("preferred_username", "manager-clean").claim("name", "Mette Madsen")
                .claim("email", "mette@example.org").claim("locale", "en").build();
        JwtAuthenticationToken login = new JwtAuthenticationToken(token, List.of(new SimpleGrantedAuthority("ROLE_cluster-manager"),
                new SimpleGrantedAuthority("CLUSTER_1")), "manager-clean");

        PersonDirectory.Person person = LoginPeople.personOf(login, Locale.forLanguageTag("da"));

        assertThat(person).isEqualTo(new PersonDirectory.Person("manager-clean", "Mette Madsen", "mette@example.org",
                Locale.ENGLISH, java.util.Set.of("cluster-manager"), 1L));
    }

    @Test
    void theDemoLoginHasNoClaimsSoTheRequestsLanguageIsTaken() {
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.authenticated("support", null,
                List.of(new SimpleGrantedAuthority("ROLE_support-staff")));

        PersonDirectory.Person person = LoginPeople.personOf(login, Locale.forLanguageTag("da"));

        assertThat(person.username()).isEqualTo("support");
        assertThat(person.email()).isNull();
        assertThat(person.locale().getLanguage()).isEqualTo("da");
        assertThat(person.roles()).containsExactly("support-staff");
        assertThat(person.clusterId()).isNull();
    }
}
