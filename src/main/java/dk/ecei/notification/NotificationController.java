package dk.ecei.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.ReadProblems;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Notifications", description = "The caller's notifications")
@RestController
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "The caller's notifications, newest first")
    @ReadProblems
    @GetMapping("/api/notifications")
    List<NotificationView> mine() {
        return notifications.mine();
    }
}
