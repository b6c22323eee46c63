package dk.ecei.shared;

/** An id that names nothing the caller may see. Answered with 404. */
public class NotFoundException extends RuntimeException implements Refusal {

    private final Violation reason;

    public NotFoundException(Violation reason) {
        super(Refusal.logText(reason));
        this.reason = reason;
    }

    /**
     * Nothing of that kind with that id: the code is {@code problem.notFound.<kind>} (cluster, assessment, task ...)
     * with the id as its argument, written as it is (an id is not a number to group).
     */
    public static NotFoundException of(String kind, Object id) {
        return new NotFoundException(Violation.of("problem.notFound." + kind, null, String.valueOf(id)));
    }

    @Override
    public Violation reason() {
        return reason;
    }
}
