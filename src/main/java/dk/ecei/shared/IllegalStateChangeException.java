package dk.ecei.shared;

/**
 * An aggregate refused a move that its current state does not allow (submitting twice, expiring a label that is
 * still valid). Answered with 409; nothing is changed.
 */
public class IllegalStateChangeException extends RuntimeException {

    public IllegalStateChangeException(String message) {
        super(message);
    }
}
