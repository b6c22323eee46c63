package dk.ecei.notification;

import java.time.Instant;

public record NotificationView(Long id, String recipientUser, String recipientRole, Long clusterId, String subject,
        String body, String link, Instant createdAt) {
}
