package dk.ecei.notification;

import dk.ecei.shared.Notifying.Kind;
import java.time.Instant;

/** A notification as one reader reads it: subject and body in their language; {@code code} says what it is about. */
public record NotificationView(Long id, String recipientUser, String recipientRole, Long clusterId, Kind kind,
        String code, String subject, String body, String link, Instant createdAt) {
}
