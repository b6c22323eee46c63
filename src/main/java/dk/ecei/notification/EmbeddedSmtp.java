package dk.ecei.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The embedded default's mail server: an in-JVM GreenMail SMTP server on {@code ecei.mail.embedded-smtp.port}
 * (spring.mail.* of the demo profile points at it), and the demo-only page {@code /demo/mails} listing what it
 * received. Never with the prod profile, whatever the property says.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnProperty(name = "ecei.mail.embedded-smtp.enabled", havingValue = "true")
class EmbeddedSmtp {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail embeddedSmtpServer(MailSettings settings) {
        return new GreenMail(new ServerSetup(settings.embeddedSmtp().port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** One received mail as the demo page shows it. */
    record ReceivedMail(String to, String subject, java.util.Date sent, String text) {
    }

    @Controller
    @Profile("!prod")
    @ConditionalOnProperty(name = "ecei.mail.embedded-smtp.enabled", havingValue = "true")
    static class DemoMails {

        private final GreenMail server;

        DemoMails(GreenMail server) {
            this.server = server;
        }

        @GetMapping("/demo/mails")
        String mails(Model model) throws MessagingException, java.io.IOException {
            List<ReceivedMail> mails = new java.util.ArrayList<>();
            for (MimeMessage message : server.getReceivedMessages()) {
                String to = String.join(", ", Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .map(Object::toString).toList());
                mails.add(new ReceivedMail(to, message.getSubject(), message.getSentDate(), MailText.part(message, "text/plain")));
            }
            mails.sort(Comparator.comparing(ReceivedMail::sent, Comparator.nullsLast(Comparator.reverseOrder())));
            model.addAttribute("mails", mails);
            return "demo-mails";
        }
    }
}
