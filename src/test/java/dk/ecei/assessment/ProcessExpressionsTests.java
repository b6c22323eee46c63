package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A step that waits for a planned day falls due counted from the end of that day (Danish time), never earlier. */
class ProcessExpressionsTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final ProcessExpressions ecei = new ProcessExpressions(StepDeadlines.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final Duration scoring = StepDeadlines.defaults().named("scoring");

    @Test
    void aPlannedDayAheadMovesTheDueDateToTheEndOfThatDay() {
        // 20 March ends at midnight Copenhagen time, 23:00 UTC (winter time).
        assertThat(ecei.dueAfter("scoring", "2026-03-20").toInstant())
                .isEqualTo(Instant.parse("2026-03-20T23:00:00Z").plus(scoring));
    }

    @Test
    void aPassedOrUnknownDayCountsFromNow() {
        assertThat(ecei.dueAfter("scoring", "2026-02-01").toInstant()).isEqualTo(NOW.plus(scoring));
        assertThat(ecei.dueAfter("scoring", null).toInstant()).isEqualTo(NOW.plus(scoring));
        assertThat(ecei.due("scoring").toInstant()).isEqualTo(NOW.plus(scoring));
    }
}
