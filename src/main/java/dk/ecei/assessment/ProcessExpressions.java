package dk.ecei.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Called from expressions in the Silver and Gold models: the due date of a human task and of its reminder timer
 * ({@code ${ecei.due('audit')}}, from the step deadlines), and the two Gold experts who each score every indicator (so the
 * process keeps two user names, not a list object). Public, because the engine calls it by reflection.
 */
@Component("ecei")
public class ProcessExpressions {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final StepDeadlines deadlines;
    private final Clock clock;

    ProcessExpressions(StepDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Date due(String step) {
        return Date.from(clock.instant().plus(deadlines.named(step)));
    }

    /**
     * The due date of a step that cannot start before a planned day (the Gold experts score after their audit): the
     * step's deadline counted from the end of that day (Danish time), or from now when the day has passed or is unknown.
     */
    public Date dueAfter(String step, Object plannedDay) {
        Instant from = clock.instant();
        if (plannedDay != null && !plannedDay.toString().isBlank()) {
            Instant dayEnds = LocalDate.parse(plannedDay.toString()).plusDays(1).atStartOfDay(DANISH_TIME).toInstant();
            from = dayEnds.isAfter(from) ? dayEnds : from;
        }
        return Date.from(from.plus(deadlines.named(step)));
    }

    public List<String> experts(String expert, String secondExpert) {
        return List.of(expert, secondExpert);
    }
}
