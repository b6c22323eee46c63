package dk.ecei.shared;

import java.util.List;

/**
 * A domain event that people should hear of: the notices it gives, each to a user or to everybody holding a role
 * (for cluster managers, of one cluster). The notification module listens for every such event and delivers them;
 * it knows this interface, not the modules that publish the events.
 */
public interface Notifying {

    List<Notice> notices();

    /** One message: to {@code username}, or to everybody with {@code role} (narrowed to a cluster's managers). */
    record Notice(String username, String role, Long clusterId, String subject, String body, String link) {

        public static Notice toUser(String username, String subject, String body, String link) {
            return new Notice(username, null, null, subject, body, link);
        }

        public static Notice toRole(String role, Long clusterId, String subject, String body, String link) {
            return new Notice(null, role, clusterId, subject, body, link);
        }

        public static List<Notice> toUsers(List<String> usernames, String subject, String body, String link) {
            return usernames.stream().map(user -> toUser(user, subject, body, link)).toList();
        }
    }
}
