package dk.ecei.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.assessor.AssessorService;
import dk.ecei.cluster.ClusterService;
import dk.ecei.label.LabelExpired;
import dk.ecei.label.LabelExpiryApproaching;
import dk.ecei.label.LabelLevel;
import dk.ecei.support.CleanDatabaseOncePerRun;
import dk.ecei.support.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notification module alone (its beans on the real MariaDB, no engine; the registers it reads names from stand
 * in as mocks, as Spring Modulith's module tests do with a module's neighbours): the label module's events about a
 * label's end reach the cluster's managers and support staff, and no other cluster, in the reader's language. It starts from the
 * same cleaned, migrated schema as the integration tests (whichever context of the run comes first cleans it).
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(CleanDatabaseOncePerRun.class)
@TestPropertySource(properties = {"camunda.bpm.enabled=false", "spring.main.web-application-type=none",
        // The evidence module's Java migration (V41) is a bean of that module, which this module test does not start.
        "spring.flyway.ignore-migration-patterns=*:missing"})
class LabelNotificationsModuleTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class SystemClock {

        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Europe/Copenhagen"));
        }
    }

    @Autowired
    NotificationService notifications;

    @MockitoBean
    ClusterService clusters;

    @MockitoBean
    AssessorService assessors;

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private List<NotificationView> about(Users reader, long cluster, String code) {
        return reader.call(() -> notifications.mineIn(DANISH)).stream()
                .filter(n -> code.equals(n.code()) && n.body().contains("nr. " + cluster)).toList();
    }

    @Test
    void anExpiredLabelIsToldToItsClustersManagersAndToSupportStaff(Scenario scenario) {
        long labelId = System.nanoTime();
        long cluster = labelId % 100_000 + 900_000;

        scenario.publish(new LabelExpired(labelId, cluster, LabelLevel.BRONZE, LocalDate.of(2026, 2, 28),
                        LocalDate.of(2027, 2, 28)))
                .andWaitForStateChange(() -> about(Users.SUPPORT, cluster, "notice.label.expired"), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement()
                        .satisfies(n -> assertThat(n.subject()).contains("Bronze-mærke er udløbet")));

        assertThat(about(Users.managerOf(cluster), cluster, "notice.label.expired")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("gjaldt til og med 28. februar 2026")
                        .contains("til og med 28. februar 2027"));
        assertThat(about(Users.managerOf(cluster + 1), cluster, "notice.label.expired")).isEmpty();
    }

    @Test
    void aComingExpiryIsToldToo(Scenario scenario) {
        long labelId = System.nanoTime();
        long cluster = labelId % 100_000 + 900_000;

        scenario.publish(new LabelExpiryApproaching(labelId, cluster, LabelLevel.GOLD, LocalDate.of(2026, 5, 31), 30))
                .andWaitForStateChange(() -> about(Users.managerOf(cluster), cluster, "notice.label.expiring"), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement()
                        .satisfies(n -> assertThat(n.subject()).contains("Guld-mærke udløber om 30 dage")));

        assertThat(about(Users.SUPPORT, cluster, "notice.label.expiring")).hasSize(1);
    }
}
