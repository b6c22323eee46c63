package dk.ecei.shared;

/**
 * An aggregate refused a move that its current state does not allow (submitting twice, expiring a label that is
 * still valid). Answered with 409; nothing is changed. The reason is a code {@code problem.state.*}.
 */
public class IllegalStateChangeException extends Refusal {

    public IllegalStateChangeException(Violation reason) {
        super(reason);
    }

    /** A refused move named by its code {@code problem.state.<name>}, with its arguments. */
    public static IllegalStateChangeException of(String name, Object... arguments) {
        return new IllegalStateChangeException(Violation.of("problem.state." + name, null, arguments));
    }
}
