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

    /**
     * A person among the arguments, by user name: the reader's page names them (the person directory or the
     * assessor register); where nobody replaces it, the user name.
     */
    public static Violation person(String username) {
        return new Violation(null, PERSON, List.of(username == null ? "" : username), username);
    }

    /** The code of {@link #person}: no message has it, so an unnamed person reads as the user name. */
    public static final String PERSON = "person";

    /** The user names among these reasons' arguments ({@link #person}), nested ones too. */
    public static java.util.Set<String> people(java.util.Collection<Violation> reasons) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (Violation v : reasons) {
            if (PERSON.equals(v.code()) && !v.arguments().isEmpty()) {
                found.add(String.valueOf(v.arguments().get(0)));
            }
            found.addAll(people(v.arguments().stream().filter(Violation.class::isInstance).map(Violation.class::cast).toList()));
        }
        return found;
    }

    /** A name of the message files as an argument (a level, a recommendation): read in the reader's language. */
    public static Violation named(String code, String englishDefault) {
        return new Violation(null, code, List.of(), englishDefault);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper STORED = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The reasons as a text column keeps them (a JSON list of codes and arguments), for reasons the system gives and
     * stores (a gap analysis, a recommendation), so that each reader reads them in their language later.
     */
    public static String stored(List<Violation> reasons) {
        List<java.util.Map<String, Object>> list = reasons.stream().map(Violation::asMap).toList();
        try {
            return STORED.writeValueAsString(list);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("A reason that cannot be stored", e);
        }
    }

    /**
     * The reasons of a stored text (dates among the arguments come back as dates, so each reader reads them their
     * way); empty for a text a person wrote or one stored before codes (it is shown as written).
     */
    public static List<Violation> fromStored(String text) {
        if (text == null || !text.startsWith("[{\"code\"")) {
            return List.of();
        }
        try {
            List<java.util.Map<String, Object>> list = STORED.readValue(text, new com.fasterxml.jackson.core.type.TypeReference<>() { });
            return list.stream().map(Violation::fromMap).toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of();
        }
    }

    private java.util.Map<String, Object> asMap() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("code", code);
        map.put("arguments", arguments.stream().map(a -> a instanceof Violation v ? v.asMap()
                : a instanceof java.time.LocalDate date ? java.util.Map.of("date", date.toString())
                : a instanceof Number || a instanceof String ? a : String.valueOf(a)).toList());
        map.put("text", defaultText);
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Violation fromMap(java.util.Map<String, Object> map) {
        List<Object> arguments = ((List<Object>) map.getOrDefault("arguments", List.of())).stream()
                .map(a -> a instanceof java.util.Map<?, ?> date && date.containsKey("date")
                        ? java.time.LocalDate.parse((String) date.get("date"))
                        : a instanceof java.util.Map<?, ?> nested ? fromMap((java.util.Map<String, Object>) nested) : a).toList();
        return new Violation(null, (String) map.get("code"), arguments, (String) map.get("text"));
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
