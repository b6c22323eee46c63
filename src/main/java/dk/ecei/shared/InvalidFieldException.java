package dk.ecei.shared;

/**
 * One input that does not fit where it enters (a file name with control characters, a date outside its window, a
 * request parameter out of range). Answered with 400 and the field named; the message is a key of the messages.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
