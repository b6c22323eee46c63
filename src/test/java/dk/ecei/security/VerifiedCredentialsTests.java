package dk.ecei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTests {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ofMinutes(10), 100);

    @Test
    void aVerifiedPasswordIsCheckedOnceAndAcceptedAgainFromMemory() {
        String hash = credentials.encode("demo");
        assertThat(credentials.matches("demo", hash)).isTrue();
        assertThat(credentials.matches("demo", hash)).isTrue();
        assertThat(credentials.matches("demo", hash)).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndAnotherHashIsCheckedAfresh() {
        String hash = credentials.encode("demo");
        assertThat(credentials.matches("demo", hash)).isTrue();
        assertThat(credentials.matches("guess", hash)).isFalse();
        assertThat(credentials.matches("guess", hash)).isFalse();
        assertThat(checks).hasValue(3);
        String changed = credentials.encode("new secret");
        assertThat(credentials.matches("demo", changed)).isFalse();
        assertThat(credentials.matches("new secret", changed)).isTrue();
        assertThat(checks).hasValue(5);
    }
}
