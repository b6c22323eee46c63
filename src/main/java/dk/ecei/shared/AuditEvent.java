package dk.ecei.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One recorded state change: who did what to which aggregate, and when. Never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "aggregate_type", nullable = false)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    private Long aggregateId;

    @Column(nullable = false)
    private String action;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String aggregateType, Long aggregateId, String action, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.action = action;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAggregateType() {
        return aggregateType;
    }

    public Long getAggregateId() {
        return aggregateId;
    }

    public String getAction() {
        return action;
    }

    /** The stored detail: codes with their arguments as JSON (read it with {@link #details()}), or an older text. */
    public String getDetail() {
        return detail;
    }

    /** The detail as codes with arguments; an entry written before codes (or a person's text) as one text. */
    public List<Violation> details() {
        if (detail == null || detail.isEmpty()) {
            return List.of();
        }
        List<Violation> coded = Violation.fromStored(detail);
        return coded.isEmpty() ? List.of(Violation.text(detail)) : coded;
    }

    /** The detail's English default text, for logs and investigations. */
    public String detailText() {
        return String.join("", details().stream().map(Violation::defaultText).toList());
    }

    /** A detail as the column keeps it: a text alone as it is, codes as JSON (cut to fit, a text cut before JSON is). */
    static String stored(List<Violation> detail) {
        if (detail.isEmpty()) {
            return null;
        }
        if (detail.stream().allMatch(v -> v.code() == null)) {
            return String.join("", detail.stream().map(Violation::defaultText).toList());
        }
        String stored = Violation.stored(detail);
        if (stored.length() <= 4000) {
            return stored;
        }
        List<Violation> shortened = detail.stream().map(v -> v.code() == null && v.defaultText() != null && v.defaultText().length() > 200
                ? Violation.text(v.defaultText().substring(0, 200) + "…") : v).toList();
        stored = Violation.stored(shortened);
        return stored.length() <= 4000 ? stored : String.join("", detail.stream().map(Violation::defaultText).toList());
    }
}
