package dk.ecei.notification;

import dk.ecei.shared.Notifying;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Delivers the notices of every domain event that gives some, whichever module published it. */
@Component
class EventNotifications {

    private final NotificationService notifications;

    EventNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(Notifying event) {
        event.notices().forEach(notice -> {
            if (notice.username() != null) {
                notifications.toUser(notice.username(), notice.subject(), notice.body(), notice.link());
            } else {
                notifications.toRole(notice.role(), notice.clusterId(), notice.subject(), notice.body(), notice.link());
            }
        });
    }
}
