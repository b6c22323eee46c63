package dk.ecei.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the outbox on every node ({@code ecei.mail.poll-interval}); the claim in {@link MailOutbox} keeps two nodes
 * from sending one mail. Off with {@code ecei.mail.enabled=false} (the tests send by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ecei.mail.enabled", havingValue = "true", matchIfMissing = true)
class MailPolling {

    private final MailDelivery delivery;

    MailPolling(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${ecei.mail.poll-interval:PT10S}", initialDelayString = "${ecei.mail.poll-interval:PT10S}")
    void poll() {
        while (delivery.sendDue() > 0) {
            // a full batch may leave more due mails
        }
    }
}
