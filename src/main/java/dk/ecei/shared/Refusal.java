package dk.ecei.shared;

/**
 * An exception that refuses a request for a reason a person reads: a message code with its arguments, resolved in
 * the reader's language where the refusal is answered (problem+json by Accept-Language, a page by its locale). The
 * exception's own message is that code and its arguments, for the log only.
 */
public interface Refusal {

    /** Why the request was refused, as a code and arguments. */
    Violation reason();

    /** What the log shows: the code and its arguments, never a sentence for a person. */
    static String logText(Violation reason) {
        return reason.code() + " " + reason.arguments();
    }
}
