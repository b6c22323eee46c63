package dk.ecei.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTests {

    private final MailSettings settings = new MailSettings(true, "ECEI <noreply@example.org>", "http://localhost:8080",
            Duration.ofSeconds(10), 20, 8, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(5), null,
            new MailSettings.EmbeddedSmtp(false, 3025));

    @Test
    void theWaitDoublesPerFailedAttemptUpToTheCap() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.backoffAfter(50)).isEqualTo(Duration.ofMinutes(5));
    }
}
