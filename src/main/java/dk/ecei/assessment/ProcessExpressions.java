package dk.ecei.assessment;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Called from expressions in the Silver and Gold models: the due date of a human task and of its reminder timer
 * ({@code ${ecei.due('audit')}}, from the settings), and the two Gold experts who each score every indicator (so the
 * process keeps two user names, not a list object). Public, because the engine calls it by reflection.
 */
@Component("ecei")
public class ProcessExpressions {

    private final SilverGoldSettings settings;
    private final Clock clock;

    ProcessExpressions(SilverGoldSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public Date due(String step) {
        return Date.from(clock.instant().plus(settings.deadline(step)));
    }

    public List<String> experts(String expert, String secondExpert) {
        return List.of(expert, secondExpert);
    }
}
