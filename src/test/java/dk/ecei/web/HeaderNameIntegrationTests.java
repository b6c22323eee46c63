package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page header names the person logged in, not their user name: the assessor register's full name, else the name
 * the identity provider gave at their last login (the person directory), else the user name.
 */
@IntegrationTest
class HeaderNameIntegrationTests {

    private static final Pattern USER = Pattern.compile("<span class=\"user\">([^<]*)</span>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private String header(Users user) throws Exception {
        // The start page sends each role on to its own first page.
        var start = mvc.perform(get("/start").with(user.request())).andReturn().getResponse();
        var page = start.getRedirectedUrl() == null ? start
                : mvc.perform(get(start.getRedirectedUrl()).with(user.request())).andReturn().getResponse();
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        Matcher name = USER.matcher(html);
        assertThat(name.find()).as(html).isTrue();
        return name.group(1);
    }

    @Test
    void anAssessorIsNamedAsTheRegisterNamesThem() throws Exception {
        String username = "hdr-" + UUID.randomUUID().toString().substring(0, 8);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into assessor (username, full_name, email, country, languages, active, created_at, updated_at)"
                + " values (?, 'Helle Header', ?, 'DK', 'da', true, ?, ?)", username, username + "@example.org", now, now);

        assertThat(header(new Users(username, List.of("assessor"), null))).isEqualTo("Helle Header");
    }

    @Test
    void supportStaffAreNamedAsTheIdentityProviderNamedThemAtLogin() throws Exception {
        String username = "hdr-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into person (username, display_name, email, locale, roles, cluster_id, updated_at)"
                + " values (?, 'Mette Support', null, 'da', ',support-staff,', null, ?)", username, Timestamp.from(Instant.now()));

        assertThat(header(new Users(username, List.of("support-staff"), null))).isEqualTo("Mette Support");
        // Somebody the application knows no name of is shown by their user name rather than not at all.
        String unknown = "hdr-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(header(new Users(unknown, List.of("support-staff"), null))).isEqualTo(unknown);
    }
}
