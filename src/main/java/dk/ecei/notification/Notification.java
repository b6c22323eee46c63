package dk.ecei.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_user")
    private String recipientUser;

    @Column(name = "recipient_role")
    private String recipientRole;

    @Column(name = "cluster_id")
    private Long clusterId;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    Notification(String recipientUser, String recipientRole, Long clusterId, String subject, String body, String link,
            Instant createdAt) {
        this.recipientUser = recipientUser;
        this.recipientRole = recipientRole;
        this.clusterId = clusterId;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    NotificationView view() {
        return new NotificationView(id, recipientUser, recipientRole, clusterId, subject, body, link, createdAt);
    }
}
