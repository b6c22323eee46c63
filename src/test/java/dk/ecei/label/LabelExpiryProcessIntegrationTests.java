package dk.ecei.label;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.cluster.ClusterDetails;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterType;
import dk.ecei.cluster.Region;
import dk.ecei.notification.NotificationService;
import dk.ecei.notification.NotificationView;
import dk.ecei.shared.AuditEvent;
import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import dk.ecei.workflow.WorkflowEngine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one full run of bpmn/label-expiry.bpmn on the real engine and MariaDB: the nightly timer job expires the labels
 * whose period ended and reminds once per stage (90, 60, 30, 7 days) of those that end soon, and every expiry and reminder is audited
 * and reaches the cluster's managers and support staff. It runs on today's date with labels assessed long ago, as
 * the real night would, so it does not move the clock under other tests' labels.
 */
@IntegrationTest
class LabelExpiryProcessIntegrationTests {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    @Autowired
    ProcessEngine engine;

    @Autowired
    WorkflowEngine workflow;

    @Autowired
    LabelRegister register;

    @Autowired
    ClusterService clusters;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theNightlyProcessExpiresEndedLabelsAndRemindsOnceOfThoseEndingSoon() {
        LocalDate today = LocalDate.now(DENMARK);
        Long endedCluster = cluster("Udløbet");
        Long endingCluster = cluster("Udløber snart");
        Long renewingCluster = cluster("Fornyet");
        LabelView ended = award(endedCluster, LabelLevel.GOLD, today.minusMonths(30));
        LabelView ending = award(endingCluster, LabelLevel.BRONZE, today.minusMonths(23));
        LabelView renewedSoonEnding = award(renewingCluster, LabelLevel.SILVER, today.minusMonths(23));
        LabelView renewal = award(renewingCluster, LabelLevel.SILVER, today.minusDays(10));
        assertThat(ended.validUntil()).isBefore(today);
        assertThat(ending.validUntil()).isBetween(today, today.plusDays(90));

        HistoricProcessInstance night = runTheNight();

        assertThat(workflow.passedActivities(night.getId())).containsExactly("StartEvent_EveryNight",
                "Task_ExpireEndedLabels", "Task_RemindExpiringLabels", "EndEvent_LabelsExpired");
        assertThat(register.get(ended.id()).status()).isEqualTo(LabelStatus.EXPIRED);
        assertThat(register.get(ending.id()).status()).isEqualTo(LabelStatus.ACTIVE);
        assertThat(actions(ended)).containsExactly("AWARDED", "EXPIRED");
        assertThat(actions(ending)).containsExactly("AWARDED", "EXPIRY_REMINDED");
        assertThat(actions(renewedSoonEnding)).containsExactly("AWARDED");
        assertThat(actions(renewal)).containsExactly("AWARDED");
        assertThat(audit.history("Label", ended.id())).last().extracting(AuditEvent::getActor).isEqualTo("system");

        // The notices are delivered after the night's commit, by the notification module's listener: wait for them.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                mine(Users.managerOf(endedCluster)).stream().anyMatch(n -> n.code().equals("notice.label.expired"))
                        && mine(Users.managerOf(endingCluster)).stream().anyMatch(n -> n.code().equals("notice.label.expiring"))
                        && mine(Users.SUPPORT).stream().map(NotificationView::link).toList()
                                .containsAll(List.of("/clusters/" + endedCluster, "/clusters/" + endingCluster)));
        assertThat(mine(Users.managerOf(endedCluster))).filteredOn(n -> n.code().equals("notice.label.expired"))
                .singleElement().satisfies(n -> assertThat(n.subject()).contains("Udløbet").contains("Guld-mærke er udløbet"));
        assertThat(mine(Users.managerOf(endingCluster))).filteredOn(n -> n.code().equals("notice.label.expiring"))
                .singleElement().satisfies(n -> assertThat(n.subject()).contains("Udløber snart").contains("udløber om " + stageDue(today, ending.validUntil()) + " dage"));
        assertThat(mine(Users.managerOf(renewingCluster))).extracting(NotificationView::code)
                .doesNotContain("notice.label.expiring", "notice.label.expired");
        assertThat(mine(Users.SUPPORT)).extracting(NotificationView::link)
                .contains("/clusters/" + endedCluster, "/clusters/" + endingCluster)
                .doesNotContain("/clusters/" + renewingCluster);

        runTheNight();

        assertThat(actions(ended)).containsExactly("AWARDED", "EXPIRED");
        assertThat(actions(ending)).containsExactly("AWARDED", "EXPIRY_REMINDED");
        assertThat(mine(Users.managerOf(endingCluster))).filteredOn(n -> n.code().equals("notice.label.expiring"))
                .hasSize(1);
    }

    /** Runs the due night as the job executor would: the timer job of the start event. */
    private HistoricProcessInstance runTheNight() {
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("label-expiry").timers()
                .singleResult();
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("label-expiry").count();
        engine.getManagementService().executeJob(timer.getId());
        List<HistoricProcessInstance> nights = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("label-expiry").orderByProcessInstanceStartTime().desc().list();
        assertThat(nights).hasSize((int) before + 1);
        assertThat(nights.get(0).getEndTime()).isNotNull();
        return nights.get(0);
    }

    private List<String> actions(LabelView label) {
        return audit.history("Label", label.id()).stream().map(AuditEvent::getAction).toList();
    }

    /** The reminder stage (of 90, 60, 30, 7 days) due for a label with this end today. */
    private static int stageDue(LocalDate today, LocalDate validUntil) {
        long left = java.time.temporal.ChronoUnit.DAYS.between(today, validUntil);
        return java.util.stream.IntStream.of(7, 30, 60, 90).filter(stage -> left <= stage).findFirst().orElseThrow();
    }

    private List<NotificationView> mine(Users user) {
        return user.call(() -> notifications.mineIn(java.util.Locale.forLanguageTag("da")));
    }

    private Long cluster(String name) {
        return Users.SUPPORT.call(() -> clusters.register(new ClusterDetails(name + " " + UUID.randomUUID(), null,
                ClusterType.REGIONAL_CLUSTER, Region.SJAELLAND, Set.of(ClusterField.FOOD), null, null, null))).id();
    }

    private LabelView award(Long cluster, LabelLevel level, LocalDate assessedOn) {
        return Users.SUPPORT.call(() -> tx.execute(s -> register.award(new AwardLabel(cluster, level, assessedOn,
                assessedOn.plusDays(7), null, "test"))));
    }
}
