package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Called from expressions in the Silver and Gold models: the due date of a human task and of its reminder timer
 * ({@code ${ecei.due('audit')}}, from the step deadlines), and the two Gold experts who each score every indicator (so the
 * process keeps two user names, not a list object), and whether a level's recommendation needs the body's approval. Public, because the engine calls it by reflection.
 */
@Component("ecei")
public class ProcessExpressions {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final StepDeadlines deadlines;
    private final Clock clock;
    private final ApprovalSettings approval;

    @Autowired
    ProcessExpressions(StepDeadlines deadlines, Clock clock, ApprovalSettings approval) {
        this.deadlines = deadlines;
        this.clock = clock;
        this.approval = approval;
    }

    /** Every level's recommendation goes to the body (the default settings). */
    ProcessExpressions(StepDeadlines deadlines, Clock clock) {
        this(deadlines, clock, ApprovalSettings.defaults());
    }

    /** {@code ${ecei.approvalRequired('GOLD')}}: whether this level's recommendation waits for the body's decision. */
    public boolean approvalRequired(String level) {
        return approval.required(LabelLevel.valueOf(level));
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
