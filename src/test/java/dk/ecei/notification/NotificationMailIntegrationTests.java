package dk.ecei.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.ecei.assessment.BronzeFixture;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.assessment.SilverGoldFixture;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail through a real SMTP server (GreenMail on a free port of this machine; the application's own poller is off in
 * the test profile, so each test sends the outbox with senders of its own): the right mails reach the right people
 * in their language along a Bronze, a Silver and a Gold path; a rolled-back change mails nobody; an SMTP outage
 * delays a mail, which the retry then delivers; two senders on one database send each mail once.
 */
@IntegrationTest
class NotificationMailIntegrationTests {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A change that tells one person something, published in a transaction the test commits or rolls back. */
    record SomethingHappened(String username, Long clusterId, String reason) implements Notifying {

        @Override
        public List<Notice> notices() {
            return List.of(Notice.toUser(username, Kind.RESULT, "notice.withdrawn", "/assessments/1",
                    Notice.cluster(clusterId), reason));
        }
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    PersonDirectory people;

    @Autowired
    MailSettings settings;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    BronzeFixture bronze;

    @Autowired
    SilverGoldFixture silverGold;

    @Autowired
    ExpertReviews reviews;

    private GreenMail smtp;
    private MailDelivery delivery;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void startSmtp() {
        int port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        delivery = sender("node-a", port, settings);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aBronzeBenchmarkMailsSupportStaffTheExpertAndTheClusterEachInTheirLanguage() {
        Long cluster = bronze.eligibleCluster();
        String manager = address("manager");
        String expert = address("expert");
        String support = address("support");
        person(new PersonDirectory.Person(Users.managerOf(cluster).username(), "Mette Madsen", manager, DANISH,
                Set.of(Roles.CLUSTER_MANAGER), cluster));
        person(new PersonDirectory.Person("assessor1", "Anne Andersen", expert, Locale.ENGLISH,
                Set.of(Roles.ASSESSOR), null));
        person(new PersonDirectory.Person("support", "Sekretariatet", support, DANISH,
                Set.of(Roles.SUPPORT_STAFF), null));

        Long id = bronze.submitted(cluster, Users.ASSESSOR1).id();
        Users.ASSESSOR1.run(() -> reviews.writeReport(id, bronze.report(id)));
        String name = Users.SUPPORT.call(() -> clusterName(cluster));

        List<MimeMessage> toSupport = awaitMails(support, 1);
        assertThat(subjects(toSupport)).containsExactly("Ny anmodning: Bronze for " + name);
        List<MimeMessage> toExpert = awaitMails(expert, 2);
        assertThat(subjects(toExpert)).containsExactlyInAnyOrder("New assignment: Bronze for " + name,
                "Self-assessment submitted: " + name);
        List<MimeMessage> toManager = awaitMails(manager, 3);
        assertThat(subjects(toManager)).containsExactlyInAnyOrder("Ekspert tildelt: Bronze for " + name,
                "Rapporten er klar: " + name, "Mærke tildelt: Bronze til " + name);
        MimeMessage assigned = toManager.stream().filter(m -> subject(m).startsWith("Ekspert tildelt")).findFirst().orElseThrow();
        assertThat(text(assigned, "text/plain")).startsWith("Kære Mette Madsen").contains("Anne Andersen er tildelt")
                .contains(settings.baseUrl() + "/assessments/" + id).doesNotContain("BRONZE", "cluster " + cluster);
        assertThat(text(assigned, "text/html")).contains("<a href=\"" + settings.baseUrl() + "/assessments/" + id + "\"");
        assertThat(header(assigned, "Content-Language")).isEqualTo("da");
        assertThat(recipients(assigned)).containsExactly("Mette Madsen <" + manager + ">");
    }

    @Test
    void aSilverAuditMailsTheAuditorAndTellsTheClusterAndTheCommitteeThatTheRecommendationIsReady() {
        Long cluster = silverGold.silverReadyCluster();
        String manager = address("silver-manager");
        String auditor = address("auditor");
        String support = address("silver-support");
        person(new PersonDirectory.Person(Users.managerOf(cluster).username(), "Sune Sølvgaard", manager,
                Locale.ENGLISH, Set.of(Roles.CLUSTER_MANAGER), cluster));
        person(new PersonDirectory.Person("assessor1", "Anne Andersen", auditor, DANISH, Set.of(Roles.ASSESSOR), null));
        person(new PersonDirectory.Person("support", "Sekretariatet", support, DANISH, Set.of(Roles.SUPPORT_STAFF), null));

        Long id = silverGold.silverInAudit(cluster, Users.ASSESSOR1).id();
        Users.ASSESSOR1.run(() -> reviews.recordSilverAudit(id, silverGold.silverAudit()));
        String name = Users.SUPPORT.call(() -> clusterName(cluster));

        assertThat(subjects(awaitMails(auditor, 2))).containsExactlyInAnyOrder("Ny opgave: Sølv for " + name,
                "Selvevaluering indsendt: " + name);
        assertThat(subjects(awaitMails(manager, 2))).containsExactlyInAnyOrder("Expert assigned: Silver for " + name,
                "The audit report is ready: " + name);
        List<MimeMessage> toSupport = awaitMails(support, 2);
        assertThat(subjects(toSupport)).containsExactlyInAnyOrder("Ny anmodning: Sølv for " + name,
                "Indstilling til godkendelse: " + name);
        MimeMessage approve = toSupport.stream().filter(m -> subject(m).startsWith("Indstilling")).findFirst().orElseThrow();
        assertThat(text(approve, "text/plain")).contains("(Sølv) indstiller:")
                .contains(settings.baseUrl() + "/assessments/" + id + "/decision");
    }

    @Test
    void aGoldAuditMailsBothExpertsFromTheAssessorRegisterAndTheClusterNamesThem() {
        Long cluster = silverGold.eligibleCluster();
        Users first = silverGold.newAssessor("SE");
        Users second = silverGold.newAssessor("DK");
        String manager = address("gold-manager");
        String support = address("gold-support");
        person(new PersonDirectory.Person(Users.managerOf(cluster).username(), "Gitte Guldberg", manager, DANISH,
                Set.of(Roles.CLUSTER_MANAGER), cluster));
        person(new PersonDirectory.Person("support", "Sekretariatet", support, DANISH, Set.of(Roles.SUPPORT_STAFF), null));

        silverGold.goldInAudit(cluster, first, second);
        String name = Users.SUPPORT.call(() -> clusterName(cluster));

        // Neither expert has logged in: their address, name and language (English) come from the assessor register.
        for (Users expert : List.of(first, second)) {
            List<MimeMessage> mails = awaitMails(expert.username() + "@example.org", 2);
            assertThat(subjects(mails)).containsExactlyInAnyOrder("New assignment: Gold audit of " + name,
                    "Self-assessment submitted: " + name);
            assertThat(recipients(mails.get(0))).containsExactly("Test " + expert.username() + " <" + expert.username() + "@example.org>");
        }
        MimeMessage assigned = awaitMails(manager, 1).get(0);
        assertThat(subject(assigned)).isEqualTo("Eksperter tildelt: Guld for " + name);
        assertThat(text(assigned, "text/plain")).contains("Test " + first.username() + " og Test " + second.username());
        assertThat(subjects(awaitMails(support, 2))).containsExactlyInAnyOrder("Ny anmodning: Guld for " + name,
                "Guld-audit ønskes: " + name);
    }

    @Test
    void aRolledBackChangeMailsNobodyAndACommittedOneMailsOnce() {
        Long cluster = bronze.eligibleCluster();
        String rolledBack = address("rolled-back");
        String committed = address("committed");
        person(new PersonDirectory.Person("rb-" + run, "Rolf Tilbage", rolledBack, DANISH, Set.of(), null));
        person(new PersonDirectory.Person("ok-" + run, "Olga Okay", committed, DANISH, Set.of(), null));

        tx.executeWithoutResult(status -> {
            events.publishEvent(new SomethingHappened("rb-" + run, cluster, "rullet tilbage"));
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> events.publishEvent(new SomethingHappened("ok-" + run, cluster, "gemt")));

        assertThat(awaitMails(committed, 1)).singleElement().satisfies(m -> assertThat(text(m, "text/plain")).contains("gemt"));
        sendAll(delivery);
        assertThat(mailsTo(rolledBack)).isEmpty();
        assertThat(outbox.toUser("rb-" + run, 10)).isEmpty();
    }

    @Test
    void anSmtpOutageDelaysTheMailWhichTheRetryDeliversAndSupportStaffSeeItMeanwhile() {
        Long cluster = bronze.eligibleCluster();
        String address = address("outage");
        String username = "outage-" + run;
        person(new PersonDirectory.Person(username, "Otto Udfald", address, DANISH, Set.of(), null));
        int downPort = freePort();
        MailSettings quickRetry = new MailSettings(false, settings.from(), settings.baseUrl(), settings.pollInterval(), 50,
                5, Duration.ofMillis(200), Duration.ofSeconds(1), settings.claimTimeout(), null, settings.embeddedSmtp());
        MailDelivery toDownServer = sender("node-down", downPort, quickRetry);

        tx.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(username, cluster, "under udfald")));
        await().atMost(PATIENCE).until(() -> !outbox.toUser(username, 1).isEmpty());
        await().atMost(PATIENCE).until(() -> {
            toDownServer.sendDue();
            return outbox.toUser(username, 1).get(0).attempts() > 0;
        });

        MailOutbox.Mail waiting = outbox.toUser(username, 1).get(0);
        assertThat(waiting.status()).isEqualTo(MailOutbox.Status.PENDING);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isAfter(waiting.createdAt());
        assertThat(outbox.undelivered(1000)).extracting(MailOutbox.Mail::id).contains(waiting.id());

        GreenMail recovered = new GreenMail(new ServerSetup(downPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        recovered.start();
        try {
            await().atMost(PATIENCE).untilAsserted(() -> {
                toDownServer.sendDue();
                assertThat(outbox.toUser(username, 1).get(0).status()).isEqualTo(MailOutbox.Status.SENT);
            });
            assertThat(Arrays.stream(recovered.getReceivedMessages()).filter(m -> recipients(m).toString().contains(address)))
                    .hasSize(1);
            assertThat(outbox.toUser(username, 1).get(0).attempts()).isGreaterThan(1);
        } finally {
            recovered.stop();
        }
    }

    @Test
    void aMailThatCannotBeWrittenFailsAloneAndTheRestOfItsBatchIsSent() {
        Long cluster = bronze.eligibleCluster();
        String good = address("batch");
        String username = "batch-" + run;
        String broken = "broken-" + run;
        person(new PersonDirectory.Person(username, "Bente Bunke", good, DANISH, Set.of(), null));
        // An address the identity provider passed on and no mail can carry.
        person(new PersonDirectory.Person(broken, "Bo Brudt", "bo brudt@@" + run, DANISH, Set.of(), null));
        for (int i = 0; i < 3; i++) {
            String reason = "samlet " + i;
            tx.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(username, cluster, reason)));
        }
        tx.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(broken, cluster, "brudt")));
        await().atMost(PATIENCE).until(() -> outbox.toUser(username, 4).size() == 3 && outbox.toUser(broken, 2).size() == 1);

        int sent = sendAll(delivery);

        assertThat(sent).isGreaterThanOrEqualTo(3);
        assertThat(mailsTo(good)).hasSize(3);
        assertThat(outbox.toUser(username, 4)).allSatisfy(m -> assertThat(m.status()).isEqualTo(MailOutbox.Status.SENT));
        MailOutbox.Mail failed = outbox.toUser(broken, 2).get(0);
        assertThat(failed.status()).isEqualTo(MailOutbox.Status.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
    }

    @Test
    void theStreamProviderIsNamedSoThatNoMailLooksItUpOnTheClassPath() {
        assertThat(System.getProperty(MailDelivery.STREAM_PROVIDER_PROPERTY)).isEqualTo(MailDelivery.ANGUS_STREAM_PROVIDER);
        assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName()).isEqualTo(MailDelivery.ANGUS_STREAM_PROVIDER);
    }

    @Test
    void twoSendersOnOneDatabaseSendEachMailOnce() throws Exception {
        Long cluster = bronze.eligibleCluster();
        String address = address("twice");
        String username = "twice-" + run;
        person(new PersonDirectory.Person(username, "Tove To", address, DANISH, Set.of(), null));
        int count = 30;
        for (int i = 0; i < count; i++) {
            String reason = "besked " + i;
            tx.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(username, cluster, reason)));
        }
        await().atMost(PATIENCE).until(() -> outbox.toUser(username, count + 1).size() == count);

        MailDelivery other = sender("node-b", smtp.getSmtp().getPort(), settings);
        AtomicInteger sentByA = new AtomicInteger();
        AtomicInteger sentByB = new AtomicInteger();
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> sentByA.addAndGet(sendAll(delivery)));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> sentByB.addAndGet(sendAll(other)));
        CompletableFuture.allOf(a, b).get();

        List<MimeMessage> received = mailsTo(address);
        assertThat(received).hasSize(count);
        assertThat(received.stream().map(m -> header(m, "X-ECEI-Outbox-Id")).distinct()).hasSize(count);
        assertThat(outbox.toUser(username, count + 1)).allSatisfy(m -> assertThat(m.status()).isEqualTo(MailOutbox.Status.SENT));
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    /** A person as a login would record them, with every kind of mail on and their language chosen. */
    private void person(PersonDirectory.Person person) {
        people.remember(person);
        people.choose(person.username(), java.util.EnumSet.allOf(Kind.class), person.locale());
    }

    private MailDelivery sender(String node, int port, MailSettings with) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        mailSender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        mailSender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return new MailDelivery(outbox, mailSender, with, clock, node + "-" + run);
    }

    /** Sends batches until nothing is due; the total sent. */
    private static int sendAll(MailDelivery sender) {
        int total = 0;
        for (int sent = sender.sendDue(); sent > 0; sent = sender.sendDue()) {
            total += sent;
        }
        return total;
    }

    private List<MimeMessage> awaitMails(String address, int count) {
        List<MimeMessage> found = new ArrayList<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            sendAll(delivery);
            found.clear();
            found.addAll(mailsTo(address));
            assertThat(found).hasSizeGreaterThanOrEqualTo(count);
        });
        // Nothing more arrives for the address once the events are handled.
        assertThat(found).hasSize(count);
        return found;
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).stream().anyMatch(r -> r.contains(address)))
                .toList();
    }

    private String address(String who) {
        return who + "-" + run + "@mail.test";
    }

    @Autowired
    dk.ecei.cluster.ClusterService clusters;

    private String clusterName(Long id) {
        return clusters.get(id).name();
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(NotificationMailIntegrationTests::subject).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .map(NotificationMailIntegrationTests::decoded).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decoded(String address) {
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(address);
        } catch (java.io.UnsupportedEncodingException e) {
            return address;
        }
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail, String type) {
        try {
            return MailText.part(mail, type);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
