package dk.ecei.notification;

import dk.ecei.label.LabelExpired;
import dk.ecei.label.LabelExpiryApproaching;
import dk.ecei.security.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a cluster's managers and support staff about the end of a label. The listeners run in the label register's
 * transaction, so an expiry or reminder and its notifications are stored together or not at all (there is no event
 * publication registry that would retry a listener after the commit).
 */
@Component
class LabelNotifications {

    private final NotificationService notifications;

    LabelNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(LabelExpiryApproaching event) {
        toClusterAndSupportStaff(event.clusterId(), "Mærket udløber snart / The label expires soon",
                event.level() + " label of cluster " + event.clusterId() + " is valid until " + event.validUntil(),
                event.labelId());
    }

    @EventListener
    void on(LabelExpired event) {
        toClusterAndSupportStaff(event.clusterId(), "Mærket er udløbet / The label has expired",
                event.level() + " label of cluster " + event.clusterId() + " was valid until " + event.validUntil(),
                event.labelId());
    }

    private void toClusterAndSupportStaff(Long clusterId, String subject, String body, Long labelId) {
        String link = "/api/labels/" + labelId;
        notifications.toRole(Roles.CLUSTER_MANAGER, clusterId, subject, body, link);
        notifications.toRole(Roles.SUPPORT_STAFF, null, subject, body, link);
    }
}
