package dk.ecei.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoClockTests {

    private final DemoClock clock = new DemoClock(ZoneId.of("Europe/Copenhagen"));

    @AfterEach
    void systemTimeAgain() {
        clock.resume();
    }

    @Test
    void whileAStepIsReplayedOurClockAndTheEnginesStandOnItsDay() {
        Instant then = Instant.parse("2025-03-04T08:00:00Z");
        Clock utc = clock.withZone(ZoneId.of("UTC"));
        clock.replayAt(then);
        assertThat(clock.instant()).isEqualTo(then);
        assertThat(utc.instant()).as("a clock of another zone shares the replay").isEqualTo(then);
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(then);
    }

    @Test
    void afterTheReplayItIsTheSystemClock() {
        clock.replayAt(Instant.parse("2025-03-04T08:00:00Z"));
        clock.resume();
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
