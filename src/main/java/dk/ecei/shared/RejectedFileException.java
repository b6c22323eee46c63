package dk.ecei.shared;

/**
 * An uploaded file that is refused: too large (413) or of a type that is not allowed (415). Nothing is stored. The
 * reason is a code {@code problem.file.*}.
 */
public class RejectedFileException extends Refusal {

    private final boolean tooLarge;

    private RejectedFileException(Violation reason, boolean tooLarge) {
        super(reason);
        this.tooLarge = tooLarge;
    }

    public static RejectedFileException tooLarge(Violation reason) {
        return new RejectedFileException(reason, true);
    }

    public static RejectedFileException wrongType(Violation reason) {
        return new RejectedFileException(reason, false);
    }

    public boolean isTooLarge() {
        return tooLarge;
    }
}
