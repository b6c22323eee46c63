package dk.ecei.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Somebody else changed the same thing first (claimed or completed the task, saved the answer, decided): the loser of
 * a race. Answered with 409 naming what changed ({@link #changed()}, {@link #changedId()}), never with a 5xx; the
 * reason is a code {@code problem.stale.*}.
 */
public class ConcurrentChangeException extends ConflictException {

    private final String changed;
    private final String changedId;
    private final Map<String, Object> details = new LinkedHashMap<>();

    /** What changed, its id, and the reason as a code ({@code problem.stale.*}) with its arguments. */
    public ConcurrentChangeException(String changed, Object changedId, Violation reason) {
        super(reason);
        this.changed = changed;
        this.changedId = changedId == null ? null : String.valueOf(changedId);
    }

    public ConcurrentChangeException(String changed, Object changedId, Violation reason, Throwable cause) {
        this(changed, changedId, reason);
        initCause(cause);
    }

    /** A lost race named by its code {@code problem.stale.<name>}, with its arguments. */
    public static Violation reason(String name, Object... arguments) {
        return Violation.of("problem.stale." + name, null, arguments);
    }

    /** What changed meanwhile: "task", "process", "assessment", "answer". */
    public String changed() {
        return changed;
    }

    public String changedId() {
        return changedId;
    }

    /** Adds what the client needs to decide again (the current value, say); it goes into the problem as is. */
    public ConcurrentChangeException with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
