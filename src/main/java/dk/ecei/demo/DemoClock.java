package dk.ecei.demo;

import dk.ecei.workflow.EngineTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The application clock of the demo profile: the system clock, except while {@link DemoScenario} replays a step of
 * its scenario on the day it happened (then it and the engine's clock stand at that instant). Outside the
 * generation it is the system clock.
 */
final class DemoClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Instant> replaying;

    DemoClock(ZoneId zone) {
        this(zone, new AtomicReference<>());
    }

    private DemoClock(ZoneId zone, AtomicReference<Instant> replaying) {
        this.zone = zone;
        this.replaying = replaying;
    }

    /** Our code and the engine read {@code instant} as now until {@link #resume()}. */
    void replayAt(Instant instant) {
        replaying.set(instant);
        EngineTime.set(instant);
    }

    void resume() {
        replaying.set(null);
        EngineTime.reset();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new DemoClock(other, replaying);
    }

    @Override
    public Instant instant() {
        Instant at = replaying.get();
        return at == null ? Instant.now() : at;
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("demo")
    static class DemoClockConfig {

        @Bean
        @Primary
        DemoClock demoClock() {
            return new DemoClock(ZoneId.of("Europe/Copenhagen"));
        }
    }
}
