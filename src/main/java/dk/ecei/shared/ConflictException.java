package dk.ecei.shared;

/** The request is well-formed but clashes with what is stored (a duplicate, a stale version). Answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
