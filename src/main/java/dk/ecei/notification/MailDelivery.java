package dk.ecei.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims a batch of due mails for this node, hands them to the SMTP server over one
 * connection (each a multipart mail with the plain text and the HTML body) and marks those it took sent, each other
 * one failed with the next attempt after the backoff. It runs outside any transaction, so a slow or absent SMTP server
 * holds no database lock.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    /** The system property with which Jakarta Mail finds its stream provider without a look-up. */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    /** Angus Mail's stream provider, the one its service file names. */
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 finds its stream provider afresh for every message and every part of it, with a
        // ServiceLoader that opens every jar of the class path (jakartaee/mail-api#861): three quarters of the mail
        // sender's CPU. Named by the system property it reads first, it is a class the class loader already holds. An
        // operator's own setting stays.
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null && isPresent(ANGUS_STREAM_PROVIDER)) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, MailDelivery.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private final MailOutbox outbox;
    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final Clock clock;
    private final String node;

    @Autowired
    MailDelivery(MailOutbox outbox, JavaMailSender smtp, MailSettings settings, Clock clock) {
        this(outbox, smtp, settings, clock, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /** A sender with a given node name: the tests run two on one database. */
    MailDelivery(MailOutbox outbox, JavaMailSender smtp, MailSettings settings, Clock clock, String node) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
        this.node = node;
    }

    /**
     * Sends the mails due now (one batch) over one connection to the SMTP server, and marks each sent or failed by
     * what the server answered for it; returns how many the SMTP server took. A connection of its own for each mail
     * cost about 40 ms of waiting on the loopback and most of the sender's CPU beside the mail itself.
     */
    int sendDue() {
        Instant holdUntil = clock.instant().plus(settings.claimTimeout());
        Map<MimeMessage, MailOutbox.Mail> messages = new LinkedHashMap<>();
        for (MailOutbox.Mail mail : outbox.claimDue(node, settings.batchSize(), holdUntil)) {
            try {
                messages.put(message(mail), mail);
            } catch (jakarta.mail.MessagingException | UnsupportedEncodingException e) {
                failed(mail, e);
            }
        }
        if (messages.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failures = Map.of();
        Exception all = null;
        try {
            smtp.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            // Those the server refused, each with its reason; none when only closing the connection failed.
            failures = e.getFailedMessages();
        } catch (MailException e) {
            all = e; // no connection (authentication, say): none was sent
        }
        List<Long> sent = new ArrayList<>();
        for (Map.Entry<MimeMessage, MailOutbox.Mail> entry : messages.entrySet()) {
            Exception failure = all != null ? all : failures.get(entry.getKey());
            if (failure == null) {
                sent.add(entry.getValue().id());
            } else {
                failed(entry.getValue(), failure);
            }
        }
        outbox.sent(sent, node);
        return sent.size();
    }

    private void failed(MailOutbox.Mail mail, Exception e) {
        int attempts = mail.attempts() + 1;
        boolean giveUp = attempts >= settings.maxAttempts();
        outbox.failed(mail.id(), node, e.getMessage(), clock.instant().plus(settings.backoffAfter(attempts)), giveUp);
        log.warn("Mail {} to {} failed (attempt {}{}): {}", mail.id(), mail.recipientEmail(), attempts,
                giveUp ? ", given up" : "", e.getMessage());
    }

    private MimeMessage message(MailOutbox.Mail mail) throws jakarta.mail.MessagingException, UnsupportedEncodingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(settings.from()));
        helper.setTo(mail.recipientName() == null ? new InternetAddress(mail.recipientEmail())
                : new InternetAddress(mail.recipientEmail(), mail.recipientName(), StandardCharsets.UTF_8.name()));
        helper.setSubject(mail.subject());
        helper.setText(mail.textBody(), mail.htmlBody());
        message.setHeader("Content-Language", mail.locale());
        message.setHeader("X-ECEI-Outbox-Id", String.valueOf(mail.id()));
        return message;
    }
}
