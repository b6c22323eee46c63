package dk.ecei.assessment;

import java.time.Clock;
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

    private final StepDeadlines deadlines;
    private final Clock clock;

    ProcessExpressions(StepDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Date due(String step) {
        return Date.from(clock.instant().plus(deadlines.named(step)));
    }

    public List<String> experts(String expert, String secondExpert) {
        return List.of(expert, secondExpert);
    }
}
