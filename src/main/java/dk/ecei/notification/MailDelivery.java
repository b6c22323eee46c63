package dk.ecei.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims due mails for this node, hands each to the SMTP server (a multipart mail
 * with the plain text and the HTML body) and marks it sent, or failed with the next attempt after the backoff. It
 * runs outside any transaction, so a slow or absent SMTP server holds no database lock.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

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

    /** Sends the mails due now (one batch); returns how many the SMTP server took. */
    int sendDue() {
        int sent = 0;
        Instant holdUntil = clock.instant().plus(settings.claimTimeout());
        for (MailOutbox.Mail mail : outbox.claimDue(node, settings.batchSize(), holdUntil)) {
            try {
                smtp.send(message(mail));
                outbox.sent(mail.id(), node);
                sent++;
            } catch (MailException | jakarta.mail.MessagingException | UnsupportedEncodingException e) {
                int attempts = mail.attempts() + 1;
                boolean giveUp = attempts >= settings.maxAttempts();
                outbox.failed(mail.id(), node, e.getMessage(), clock.instant().plus(settings.backoffAfter(attempts)), giveUp);
                log.warn("Mail {} to {} failed (attempt {}{}): {}", mail.id(), mail.recipientEmail(), attempts,
                        giveUp ? ", given up" : "", e.getMessage());
            }
        }
        return sent;
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
