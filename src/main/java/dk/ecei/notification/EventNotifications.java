package dk.ecei.notification;

import dk.ecei.shared.Notifying;
import dk.ecei.shared.Notifying.Notice;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the notices of every domain event that gives some, whichever module published it: after the publishing
 * transaction committed (a rolled-back change notifies nobody), in a transaction of its own that stores the in-app
 * notifications and puts their mails in the outbox together. The event publication registry keeps the work until
 * it is done, so a delivery that failed or was cut off is published again (on restart, or when resubmitted); the
 * outbox's key keeps such a second delivery from mailing anybody twice.
 */
@Component
class EventNotifications {

    private final NotificationService notifications;
    private final NoticeMails mails;

    EventNotifications(NotificationService notifications, NoticeMails mails) {
        this.notifications = notifications;
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(Notifying event) {
        List<Notice> notices = event.notices();
        String eventKey = event.getClass().getName() + event;
        for (int i = 0; i < notices.size(); i++) {
            notifications.store(notices.get(i));
            mails.enqueue(notices.get(i), eventKey + "#" + i);
        }
    }
}
