package dk.ecei.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notifications go out by e-mail (the SMTP server itself is {@code spring.mail.*}). The outbox is polled every
 * {@code pollInterval}; a mail that fails waits {@code initialBackoff}, doubled per attempt up to {@code maxBackoff},
 * and after {@code maxAttempts} stays failed for support staff to see and send again. A node holds a claimed mail
 * for {@code claimTimeout}: a node that died while sending leaves it to another after that. {@code baseUrl} makes
 * the links in a mail absolute. {@code demoAddressDomain} (demo only) gives people whose login has no e-mail the
 * address {@code <username>@<domain>}, as in the demo realm.
 */
@ConfigurationProperties("ecei.mail")
@Validated
public record MailSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("ECEI <noreply@ecei.example.org>") @NotBlank String from,
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("PT10S") @NotNull Duration pollInterval,
        @DefaultValue("20") @Min(1) int batchSize,
        @DefaultValue("8") @Min(1) int maxAttempts,
        @DefaultValue("PT30S") @NotNull Duration initialBackoff,
        @DefaultValue("PT1H") @NotNull Duration maxBackoff,
        @DefaultValue("PT5M") @NotNull Duration claimTimeout,
        String demoAddressDomain,
        @DefaultValue EmbeddedSmtp embeddedSmtp) {

    /** The in-JVM GreenMail SMTP server of the embedded default; never started with the prod profile. */
    public record EmbeddedSmtp(@DefaultValue("false") boolean enabled, @DefaultValue("3025") int port) {
    }

    /** The wait before attempt {@code attempts + 1}: doubled per failed attempt, capped. */
    Duration backoffAfter(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
