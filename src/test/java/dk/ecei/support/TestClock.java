package dk.ecei.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * One clock for our code and the engine in tests, so a test can jump to the day a timer is due. It runs with the
 * system clock until a test moves it, and every test that moves it resets it.
 */
public final class TestClock extends Clock {

    private static volatile Instant fixed;

    public static void set(Instant instant) {
        fixed = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /**
     * Today in Denmark, as the application's clock counts days: a test's "today" must not be the JVM's (UTC here),
     * which is still yesterday for an hour or two before Danish midnight.
     */
    public static LocalDate today() {
        return LocalDate.now(new TestClock());
    }

    public static void reset() {
        fixed = null;
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Europe/Copenhagen");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant now = fixed;
        return now == null ? Clock.system(zone) : Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("test")
    static class TestClockConfig {

        @Bean
        @Primary
        Clock testClock() {
            return new TestClock();
        }
    }
}
