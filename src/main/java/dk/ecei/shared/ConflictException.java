package dk.ecei.shared;

/** The request is well-formed but clashes with what is stored (a duplicate, a stale version). Answered with 409. */
public class ConflictException extends Refusal {

    /** The clash as a code ({@code problem.conflict.*}) with its arguments. */
    public ConflictException(Violation reason) {
        super(reason);
    }

    /** A clash named by its code {@code problem.conflict.<name>}, with its arguments. */
    public static ConflictException of(String name, Object... arguments) {
        return new ConflictException(Violation.of("problem.conflict." + name, null, arguments));
    }
}
