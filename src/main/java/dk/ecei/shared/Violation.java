package dk.ecei.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * One broken rule as data, not as a sentence: the field of the command it concerns (its property path, for example
 * {@code auditFrom} or {@code scores[G1.2].note}; null for the command as a whole), a message code with its
 * arguments, and an English default for a reader whose language has no text for the code. Pages put it next to its
 * field, problem+json answers, mails and exports resolve it in the reader's language.
 */
public record Violation(String field, String code, List<Object> arguments, String defaultText)
        implements MessageSourceResolvable, java.io.Serializable {

    public Violation {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A rule about one field of the command. */
    public static Violation at(String field, String code, String defaultText, Object... arguments) {
        return new Violation(field, code, Arrays.asList(arguments), defaultText);
    }

    /** A rule about the command as a whole. */
    public static Violation of(String code, String defaultText, Object... arguments) {
        return new Violation(null, code, Arrays.asList(arguments), defaultText);
    }

    /** A reason that has no code yet: shown as it is. */
    public static Violation text(String text) {
        return new Violation(null, null, List.of(), text);
    }

    /** The same rule about another field (a service knows which field of its command a module's rule concerns). */
    public Violation onField(String otherField) {
        return new Violation(otherField, code, arguments, defaultText);
    }

    @Override
    @JsonIgnore
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    @JsonIgnore
    public String getDefaultMessage() {
        return defaultText;
    }
}
