package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One deadline setting per step of the catalogue ({@code ecei.steps.deadlines.<name>}, ISO-8601 durations), with the
 * catalogue's defaults for the steps not named. It gives the due date of a Silver or Gold task, the Bronze
 * escalation of an unassigned request, and the dashboard's overdue flag. A name no step has is refused at start-up,
 * so a misspelt setting cannot silently fall back to the default.
 */
@ConfigurationProperties("ecei.steps")
public record StepDeadlines(Map<String, Duration> deadlines) {

    public StepDeadlines {
        Set<String> known = Arrays.stream(Step.values()).map(Step::deadlineName).collect(Collectors.toSet());
        Map<String, Duration> all = new TreeMap<>();
        Arrays.stream(Step.values()).forEach(step -> all.putIfAbsent(step.deadlineName(), step.defaultDeadline()));
        if (deadlines != null) {
            deadlines.forEach((name, duration) -> {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("ecei.steps.deadlines." + name + " names no step; known: " + known);
                }
                if (duration == null || duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException("ecei.steps.deadlines." + name + " must be a positive duration");
                }
                all.put(name, duration);
            });
        }
        deadlines = Map.copyOf(all);
    }

    public static StepDeadlines defaults() {
        return new StepDeadlines(Map.of());
    }

    public Duration of(Step step) {
        return deadlines.get(step.deadlineName());
    }

    /** The deadline of a step by its setting name, as the models name it in {@code ${ecei.due('<name>')}}. */
    public Duration named(String name) {
        Duration deadline = deadlines.get(name);
        if (deadline == null) {
            throw new IllegalArgumentException("No step has the deadline " + name);
        }
        return deadline;
    }

    /** Whether an assessment of this level has been longer than its step allows in this status; final statuses never are. */
    public boolean overdue(LabelLevel level, AssessmentStatus status, Instant inStepSince, Instant now) {
        Optional<Step> step = Step.at(level, status);
        return step.isPresent() && inStepSince != null && inStepSince.plus(of(step.get())).isBefore(now);
    }
}
