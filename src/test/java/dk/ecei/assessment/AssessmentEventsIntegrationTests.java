package dk.ecei.assessment;

import dk.ecei.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.ecei.assessment.AssessmentCommands.AssignExpert;
import dk.ecei.notification.NotificationService;
import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The assessment module talks to the others by domain events: the audit entry is written in the publishing
 * transaction, the notification after the commit by a listener whose work the event publication registry keeps
 * until it is done, so that a listener that failed (or was cut off) is retried and nothing is lost.
 */
@IntegrationTest
@EnableScenarios
@Import(AssessmentEventsIntegrationTests.FlakyListener.class)
class AssessmentEventsIntegrationTests {

    @Autowired
    BronzeFixture fixture;

    @Autowired
    ExpertAssignment assignment;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void listenerWorksAgain() {
        FlakyListener.failing.set(false);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof AssessmentRequested);
    }

    @Test
    void anAssignmentIsPublishedAuditedInItsTransactionAndTheExpertIsToldAfterTheCommit(Scenario scenario) {
        Long cluster = fixture.eligibleCluster();
        Long id = fixture.requested(cluster).id();
        LocalDate planned = TestClock.today().plusDays(14);

        scenario.stimulate(() -> Users.SUPPORT.call(() -> assignment.assignExpert(id, new AssignExpert("assessor1", planned))))
                .andWaitForEventOfType(ExpertAssigned.class)
                .matching(event -> event.assessmentId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.experts()).containsExactly("assessor1");
                    assertThat(event.plannedDate()).isEqualTo(planned);
                });

        assertThat(audit.history("Assessment", id)).extracting(e -> e.getAction()).containsExactly("REQUESTED", "EXPERT_ASSIGNED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Users.ASSESSOR1.call(notifications::mine))
                .anyMatch(n -> "notice.assigned.expert".equals(n.code()) && n.link().equals("/assessments/" + id)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publications(ExpertAssigned.class, id))
                .singleElement().satisfies(row -> {
                    assertThat(row.listener()).contains("EventNotifications");
                    assertThat(row.completed()).isTrue();
                }));
    }

    @Test
    void aFailingListenersPublicationStaysIncompleteAndIsDeliveredWhenResubmitted() {
        FlakyListener.failing.set(true);
        Long cluster = fixture.eligibleCluster();
        Long id = fixture.requested(cluster).id();

        await().atMost(Duration.ofSeconds(20)).until(() -> FlakyListener.attempts.contains(id));
        assertThat(FlakyListener.handled).doesNotContain(id);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publications(AssessmentRequested.class, id))
                .filteredOn(row -> row.listener().contains("FlakyListener")).singleElement()
                .satisfies(row -> assertThat(row.completed()).isFalse()));
        // The request itself and its audit entry are not affected by the listener's failure.
        assertThat(audit.history("Assessment", id)).extracting(e -> e.getAction()).containsExactly("REQUESTED");

        FlakyListener.failing.set(false);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof AssessmentRequested requested
                && requested.assessmentId().equals(id));

        await().atMost(Duration.ofSeconds(20)).until(() -> FlakyListener.handled.contains(id));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publications(AssessmentRequested.class, id))
                .filteredOn(row -> row.listener().contains("FlakyListener")).singleElement()
                .satisfies(row -> assertThat(row.completed()).isTrue()));
    }

    record Publication(String listener, boolean completed) {
    }

    /** The registry's rows for the events of one assessment (its JSON carries the id). */
    private List<Publication> publications(Class<?> type, Long assessmentId) {
        return jdbc.query("select listener_id, completion_date from event_publication where event_type = ? and serialized_event like ?",
                (rs, i) -> new Publication(rs.getString(1), rs.getTimestamp(2) != null), type.getName(),
                "%\"assessmentId\":" + assessmentId + ",%");
    }

    /** A listener in another module's place that fails while told to, as a mail server or a crash would make it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyListener {

        static final AtomicBoolean failing = new AtomicBoolean();
        static final Set<Long> attempts = new CopyOnWriteArraySet<>();
        static final Set<Long> handled = new CopyOnWriteArraySet<>();

        @ApplicationModuleListener
        void on(AssessmentRequested event) {
            attempts.add(event.assessmentId());
            if (failing.get()) {
                throw new IllegalStateException("The listener fails for assessment " + event.assessmentId());
            }
            handled.add(event.assessmentId());
        }
    }
}
