package dk.ecei.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessor.AssessorService;
import dk.ecei.cluster.ClusterService;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.notification.NotificationService;
import dk.ecei.notification.NotificationView;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.security.SecuritySettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The notifications page alone (the web layer of RegisterPages, the services mocked): a cluster manager reads a
 * label's expiry notice with the date written the Danish way, in English on request, and an empty list says so.
 */
@WebMvcTest(RegisterPages.class)
@Import({PageModel.class, Navigation.class, Formats.class, PeopleNames.class, dk.ecei.shared.ProblemTexts.class,
        NotificationsPageTests.FixedClock.class})
@EnableConfigurationProperties(SecuritySettings.class)
class NotificationsPageTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NotificationService notifications;

    @MockitoBean
    AssessorService assessors;

    // The header names the reader (PeopleNames): nobody is in the register or the directory here.
    @MockitoBean
    dk.ecei.notification.PersonDirectory directory;

    @MockitoBean
    ClusterService clusters;

    @MockitoBean
    CatalogueService catalogue;

    private static final NotificationView EXPIRED = new NotificationView(5L, null, "cluster-manager", 7L, Kind.EXPIRY,
            "notice.label.expired", "Mærket er udløbet", "Bronze-mærket udløb", "/my-cluster",
            Instant.parse("2026-03-01T00:00:05Z"));

    @Test
    void aClusterManagerReadsTheExpiryNoticeWithTheDateWrittenInDanish() throws Exception {
        when(notifications.mine()).thenReturn(List.of(EXPIRED));

        mvc.perform(get("/notifications").with(user("manager-7").roles("cluster-manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Beskeder</h1>")))
                .andExpect(content().string(containsString("Mærket er udløbet")))
                .andExpect(content().string(containsString("1. marts 2026")))
                .andExpect(content().string(not(containsString("Ingen beskeder."))))
                .andExpect(content().string(not(containsString("Åbn vurderingen"))));
    }

    @Test
    void inEnglishOnRequest() throws Exception {
        when(notifications.mine()).thenReturn(List.of(EXPIRED));

        mvc.perform(get("/notifications").param("lang", "en").with(user("manager-7").roles("cluster-manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 March 2026")))
                .andExpect(content().string(not(containsString("<h1>Beskeder</h1>"))));
    }

    @Test
    void anEmptyListSaysSo() throws Exception {
        when(notifications.mine()).thenReturn(List.of());

        mvc.perform(get("/notifications").with(user("support").roles("support-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen beskeder.")));
    }
}
