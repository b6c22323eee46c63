package dk.ecei.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.shared.Notifying.ClusterRef;
import dk.ecei.shared.Notifying.PersonRef;
import dk.ecei.shared.Notifying.TextRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A notice's arguments as stored with the in-app notification: a JSON list of tagged strings ({@code t:} text,
 * {@code n:} number, {@code d:} day, {@code i:} instant, {@code c:} cluster id, {@code p:} user name, {@code m:}
 * message code), so the notification is resolved again in each reader's language whenever it is shown.
 */
final class NoticeArguments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private NoticeArguments() {
    }

    static String encode(List<Object> arguments) {
        List<String> tagged = new ArrayList<>();
        for (Object argument : arguments) {
            tagged.add(tag(argument));
        }
        try {
            return JSON.writeValueAsString(tagged);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tag(Object argument) {
        if (argument instanceof String text) {
            return "t:" + text;
        } else if (argument instanceof Number number) {
            return "n:" + number;
        } else if (argument instanceof LocalDate day) {
            return "d:" + day;
        } else if (argument instanceof Instant instant) {
            return "i:" + instant;
        } else if (argument instanceof ClusterRef cluster) {
            return "c:" + cluster.id();
        } else if (argument instanceof PersonRef person) {
            return "p:" + person.username();
        } else if (argument instanceof TextRef text) {
            return "m:" + text.code();
        }
        throw new IllegalArgumentException("Not a notice argument: " + argument);
    }

    static List<Object> decode(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<String> tagged;
        try {
            tagged = JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable notice arguments " + json, e);
        }
        List<Object> arguments = new ArrayList<>();
        for (String one : tagged) {
            String value = one.substring(2);
            arguments.add(switch (one.charAt(0)) {
                case 't' -> value;
                case 'n' -> value.contains(".") ? new BigDecimal(value) : Long.valueOf(value);
                case 'd' -> LocalDate.parse(value);
                case 'i' -> Instant.parse(value);
                case 'c' -> new ClusterRef(Long.valueOf(value));
                case 'p' -> new PersonRef(value);
                case 'm' -> new TextRef(value);
                default -> throw new IllegalStateException("Unknown notice argument " + one);
            });
        }
        return arguments;
    }
}
