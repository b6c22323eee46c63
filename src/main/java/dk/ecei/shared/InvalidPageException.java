package dk.ecei.shared;

/**
 * A page number or page size out of bounds: the request is bad (400), it never reaches the database; the reader is
 * told the range ({@code input.range}) in their language.
 */
public class InvalidPageException extends InvalidFieldException {

    public InvalidPageException(String parameter, int min, int max) {
        super(parameter, "input.range", min, max);
    }

    public String parameter() {
        return field();
    }
}
