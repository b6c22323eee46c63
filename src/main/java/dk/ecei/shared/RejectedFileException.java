package dk.ecei.shared;

/** An uploaded file that is refused: too large (413) or of a type that is not allowed (415). Nothing is stored. */
public class RejectedFileException extends RuntimeException {

    private final boolean tooLarge;

    private RejectedFileException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public static RejectedFileException tooLarge(String message) {
        return new RejectedFileException(message, true);
    }

    public static RejectedFileException wrongType(String message) {
        return new RejectedFileException(message, false);
    }

    public boolean isTooLarge() {
        return tooLarge;
    }
}
