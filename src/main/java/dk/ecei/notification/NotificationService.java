package dk.ecei.notification;

import dk.ecei.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public void toUser(String username, String subject, String body, String link) {
        notifications.save(new Notification(username, null, null, subject, body, link, clock.instant()));
    }

    /** To everybody with the role; a cluster id narrows cluster managers to that cluster's. */
    public void toRole(String role, Long clusterId, String subject, String body, String link) {
        notifications.save(new Notification(null, role, clusterId, subject, body, link, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<NotificationView> mine() {
        CurrentUser user = CurrentUser.get();
        Set<String> roles = user.roles().isEmpty() ? Set.of("-") : user.roles();
        boolean allClusters = user.isSupportStaff();
        return notifications.visibleTo(user.username(), roles, user.clusterId().orElse(-1L), allClusters).stream()
                .map(Notification::view).toList();
    }
}
