package dk.ecei.shared;

/**
 * Somebody else changed the same thing first (claimed or completed the task, saved the answer, decided): the loser of
 * a race. Answered with 409 naming what changed ({@link #changed()}, {@link #changedId()}), never with a 5xx.
 */
public class ConcurrentChangeException extends ConflictException {

    private final String changed;
    private final String changedId;

    public ConcurrentChangeException(String changed, Object changedId, String message) {
        super(message);
        this.changed = changed;
        this.changedId = changedId == null ? null : String.valueOf(changedId);
    }

    public ConcurrentChangeException(String changed, Object changedId, String message, Throwable cause) {
        this(changed, changedId, message);
        initCause(cause);
    }

    /** What changed meanwhile: "task", "process", "assessment", "answer". */
    public String changed() {
        return changed;
    }

    public String changedId() {
        return changedId;
    }
}
