package dk.ecei.workflow;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The process engine's own clock (task creation and due dates, timers), for a caller that moves the application's
 * clock too: the demo scenario replays its steps on their days. Not for production code paths.
 */
public final class EngineTime {

    private EngineTime() {
    }

    /** The engine reads {@code instant} as now until {@link #reset()}. */
    public static void set(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
