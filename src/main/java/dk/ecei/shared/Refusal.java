package dk.ecei.shared;

/**
 * An exception that refuses a request for a reason a person reads: a message code with its arguments, resolved in
 * the reader's language where the refusal is answered (problem+json by Accept-Language, a page by its locale). The
 * exception's own message is that code and its arguments, for the log only; no sentence is built here.
 */
public abstract class Refusal extends RuntimeException {

    private final Violation reason;

    protected Refusal(Violation reason) {
        super(reason.code() + " " + reason.arguments());
        this.reason = reason;
    }

    /** Why the request was refused, as a code and arguments. */
    public Violation reason() {
        return reason;
    }
}
