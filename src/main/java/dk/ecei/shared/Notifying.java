package dk.ecei.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A domain event that people should hear of: the notices it gives, each to a user or to everybody holding a role
 * (for cluster managers, of one cluster). The notification module listens for every such event and delivers them
 * in the app and by e-mail; it knows this interface, not the modules that publish the events.
 * <p>
 * A notice is data, not a sentence: a message code (the texts are {@code <code>.subject} and {@code <code>.body} in
 * the message files) with its arguments, resolved for each reader in their language. An argument is a plain value
 * (text, number), a day or an instant (written the reader's way, in Danish time), or a reference the notification
 * module looks up: a cluster (its name), a person (their name), a message code (a level, a step).
 */
public interface Notifying {

    List<Notice> notices();

    /** The kinds of message a person can turn e-mail off for (the in-app copy stays). */
    enum Kind {
        /** Work handed to the reader: an assignment, a submitted self-assessment to review. */
        ASSIGNMENT,
        /** A question to answer, or the answer to one's question. */
        CLARIFICATION,
        /** A report, recommendation, decision or label. */
        RESULT,
        /** A request that waits for support staff. */
        REQUEST,
        /** A step past its due date. */
        OVERDUE,
        /** A recommendation waiting for the label committee. */
        APPROVAL,
        /** A label's end: reminders before, its expiry, the renewal window. */
        EXPIRY
    }

    /** A cluster, named by its name for the reader. */
    record ClusterRef(Long id) {
    }

    /** A person, named by their name for the reader. */
    record PersonRef(String username) {
    }

    /** A text of the message files (a level, a step, a recommendation), in the reader's language. */
    record TextRef(String code) {
    }

    /**
     * One message: to {@code username}, or to everybody with {@code role} (narrowed to a cluster's managers when
     * {@code clusterId} is set); {@code link} is the page where the reader acts.
     */
    record Notice(String username, String role, Long clusterId, Kind kind, String code, List<Object> arguments,
            String link) {

        public Notice {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
            for (Object argument : arguments) {
                if (!(argument instanceof String || argument instanceof Number || argument instanceof LocalDate
                        || argument instanceof Instant || argument instanceof ClusterRef || argument instanceof PersonRef
                        || argument instanceof TextRef)) {
                    throw new IllegalArgumentException("A notice argument cannot be a " + argument.getClass().getName());
                }
            }
        }

        public static Notice toUser(String username, Kind kind, String code, String link, Object... arguments) {
            return new Notice(username, null, null, kind, code, Arrays.asList(arguments), link);
        }

        public static Notice toRole(String role, Long clusterId, Kind kind, String code, String link, Object... arguments) {
            return new Notice(null, role, clusterId, kind, code, Arrays.asList(arguments), link);
        }

        public static List<Notice> toUsers(List<String> usernames, Kind kind, String code, String link, Object... arguments) {
            return usernames.stream().map(user -> toUser(user, kind, code, link, arguments)).toList();
        }

        public static ClusterRef cluster(Long id) {
            return new ClusterRef(id);
        }

        public static PersonRef person(String username) {
            return new PersonRef(username);
        }

        public static TextRef text(String code) {
            return new TextRef(code);
        }
    }
}
