package dk.ecei.shared;

/** An id that names nothing the caller may see. Answered with 404. */
public class NotFoundException extends Refusal {

    public NotFoundException(Violation reason) {
        super(reason);
    }

    /**
     * Nothing of that kind with that id: the code is {@code problem.notFound.<kind>} (cluster, assessment, task ...)
     * with the ids as its arguments, written as they are (an id is not a number to group); a name of the message
     * files among them ({@link Violation#named}) stays one.
     */
    public static NotFoundException of(String kind, Object... ids) {
        Object[] arguments = java.util.Arrays.stream(ids).map(id -> id instanceof Violation named ? named : String.valueOf(id))
                .toArray();
        return new NotFoundException(Violation.of("problem.notFound." + kind, null, arguments));
    }
}
