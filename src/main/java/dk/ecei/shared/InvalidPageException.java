package dk.ecei.shared;

/** A page number or page size out of bounds: the request is bad (400), it never reaches the database. */
public class InvalidPageException extends IllegalArgumentException {

    private final String parameter;

    public InvalidPageException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
