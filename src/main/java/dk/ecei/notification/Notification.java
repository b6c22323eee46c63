package dk.ecei.notification;

import dk.ecei.shared.Notifying.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An in-app notification to a user or to everybody with a role. It keeps the notice's message code and arguments
 * and is resolved in each reader's language when shown; rows from before issue 12 keep their fixed subject and body.
 */
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

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String code;

    private String arguments;

    private String subject;

    private String body;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    Notification(String recipientUser, String recipientRole, Long clusterId, Kind kind, String code, String arguments,
            String link, Instant createdAt) {
        this.recipientUser = recipientUser;
        this.recipientRole = recipientRole;
        this.clusterId = clusterId;
        this.kind = kind;
        this.code = code;
        this.arguments = arguments;
        this.link = link;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getRecipientUser() {
        return recipientUser;
    }

    String getRecipientRole() {
        return recipientRole;
    }

    Long getClusterId() {
        return clusterId;
    }

    Kind getKind() {
        return kind;
    }

    String getCode() {
        return code;
    }

    String getArguments() {
        return arguments;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
