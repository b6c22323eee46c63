package dk.ecei.shared;

/** The request is well-formed but clashes with what is stored (a duplicate, a stale version). Answered with 409. */
public class ConflictException extends RuntimeException implements Refusal {

    private final Violation reason;

    /** The clash as a code ({@code problem.conflict.*}) with its arguments. */
    public ConflictException(Violation reason) {
        super(Refusal.logText(reason));
        this.reason = reason;
    }

    /** {@code problem.conflict.<name>} with its arguments. */
    public static ConflictException of(String name, Object... arguments) {
        return new ConflictException(Violation.of("problem.conflict." + name, null, arguments));
    }

    @Override
    public Violation reason() {
        return reason;
    }
}
