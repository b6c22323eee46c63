package dk.ecei.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.label.LabelExpired;
import dk.ecei.label.LabelExpiryApproaching;
import dk.ecei.label.LabelLevel;
import dk.ecei.support.CleanDatabaseOncePerRun;
import dk.ecei.support.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The notification module alone (its beans on the real MariaDB, no engine, no other module): the label module's
 * events about a label's end reach the cluster's managers and support staff, and no other cluster. It starts from the
 * same cleaned, migrated schema as the integration tests (whichever context of the run comes first cleans it).
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(CleanDatabaseOncePerRun.class)
@TestPropertySource(properties = {"camunda.bpm.enabled=false", "spring.main.web-application-type=none"})
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

    private List<NotificationView> about(Users reader, long labelId) {
        return reader.call(notifications::mine).stream().filter(n -> ("/api/labels/" + labelId).equals(n.link())).toList();
    }

    @Test
    void anExpiredLabelIsToldToItsClustersManagersAndToSupportStaff(Scenario scenario) {
        long labelId = System.nanoTime();
        long cluster = labelId % 100_000 + 900_000;

        scenario.publish(new LabelExpired(labelId, cluster, LabelLevel.BRONZE, LocalDate.of(2026, 2, 28)))
                .andWaitForStateChange(() -> about(Users.SUPPORT, labelId), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement()
                        .satisfies(n -> assertThat(n.subject()).contains("Mærket er udløbet")));

        assertThat(about(Users.managerOf(cluster), labelId)).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("was valid until 2026-02-28"));
        assertThat(about(Users.managerOf(cluster + 1), labelId)).isEmpty();
    }

    @Test
    void aComingExpiryIsToldToo(Scenario scenario) {
        long labelId = System.nanoTime();
        long cluster = labelId % 100_000 + 900_000;

        scenario.publish(new LabelExpiryApproaching(labelId, cluster, LabelLevel.GOLD, LocalDate.of(2026, 5, 31)))
                .andWaitForStateChange(() -> about(Users.managerOf(cluster), labelId), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement()
                        .satisfies(n -> assertThat(n.subject()).contains("udløber snart")));

        assertThat(about(Users.SUPPORT, labelId)).hasSize(1);
    }
}
