package dk.ecei.notification;

import dk.ecei.shared.Notifying;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the notices of every domain event that gives some, whichever module published it: after the publishing
 * transaction committed, in a transaction of its own. The event publication registry keeps the work until it is
 * done, so a delivery that failed or was cut off is published again (on restart, or when resubmitted).
 */
@Component
class EventNotifications {

    private final NotificationService notifications;

    EventNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
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
