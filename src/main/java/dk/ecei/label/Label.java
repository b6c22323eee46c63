package dk.ecei.label;

import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.Violation;
import org.springframework.data.domain.AbstractAggregateRoot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A label held by a cluster for a period. It guards its own status: only an active label expires or is withdrawn. */
@Entity
@Table(name = "label")
public class Label extends AbstractAggregateRoot<Label> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cluster_id", nullable = false)
    private Long clusterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LabelLevel level;

    /**
     * The level's place in the register's order (Gold 0, Silver 1, Bronze 2), a column the database derives from the
     * level (V91) so that the label list pages along an index instead of sorting every label. Read by queries only.
     */
    @Column(name = "level_rank", insertable = false, updatable = false)
    private Integer levelRank;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LabelStatus status;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "previous_label_id")
    private Long previousLabelId;

    private String source;

    /** The reminder stages already sent ({@code D90}, ..., {@code RENEWAL}) and the day each was. */
    @ElementCollection
    @CollectionTable(name = "label_expiry_reminder", joinColumns = @JoinColumn(name = "label_id"))
    @MapKeyColumn(name = "stage")
    @Column(name = "sent_on", nullable = false)
    private Map<String, LocalDate> remindersSent = new HashMap<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Label() {
    }

    Label(Long clusterId, LabelLevel level, LocalDate assessedOn, LocalDate awardedOn, LocalDate validUntil,
            Long assessmentId, Long previousLabelId, String source, Instant now) {
        if (validUntil.isBefore(awardedOn)) {
            throw new dk.ecei.shared.InvalidFieldException("validUntil", "input.endBeforeStart", validUntil, awardedOn);
        }
        if (awardedOn.isBefore(assessedOn)) {
            throw new dk.ecei.shared.InvalidFieldException("awardedOn", "input.awardedBeforeAssessed", awardedOn, assessedOn);
        }
        this.clusterId = clusterId;
        this.level = level;
        this.assessedOn = assessedOn;
        this.awardedOn = awardedOn;
        this.validUntil = validUntil;
        this.assessmentId = assessmentId;
        this.previousLabelId = previousLabelId;
        this.source = source;
        this.status = LabelStatus.ACTIVE;
        this.createdAt = now;
    }

    /** Valid on a day from the award to the last day of its period, both included, unless withdrawn before. */
    public boolean isValidOn(LocalDate day) {
        boolean inPeriod = !day.isBefore(awardedOn) && !day.isAfter(validUntil);
        boolean withdrawnBefore = withdrawnOn != null && !day.isBefore(withdrawnOn);
        return inPeriod && !withdrawnBefore;
    }

    /** The status as an argument of a reason: read in the reader's language. */
    private Violation statusName() {
        return Violation.named("labelStatus." + status, String.valueOf(status));
    }

    void expire(LocalDate today) {
        if (status != LabelStatus.ACTIVE) {
            throw IllegalStateChangeException.of("labelNotExpirable", String.valueOf(id), statusName());
        }
        if (!today.isAfter(validUntil)) {
            throw IllegalStateChangeException.of("labelStillValid", String.valueOf(id), validUntil, today);
        }
        status = LabelStatus.EXPIRED;
        // A code with the date, read in each reader's language (the withdrawal's reason is a person's own words).
        statusReason = Violation.stored(List.of(Violation.of("label.statusReason.expired", null, validUntil)));
    }

    /** Records that the cluster was reminded at a stage before the end; each stage once, and only while active. */
    void remindOfExpiry(LocalDate today, int stageDays) {
        if (status != LabelStatus.ACTIVE) {
            throw IllegalStateChangeException.of("labelNoExpiryReminder", String.valueOf(id), statusName());
        }
        markSent(expiryStage(stageDays), today);
    }

    /** Records that the cluster was told its expired label can still be renewed; once, and only once expired. */
    void remindOfRenewalWindow(LocalDate today) {
        if (status != LabelStatus.EXPIRED) {
            throw IllegalStateChangeException.of("labelNoRenewalReminder", String.valueOf(id), statusName());
        }
        markSent(RENEWAL_STAGE, today);
    }

    boolean wasReminded(String stage) {
        return remindersSent.containsKey(stage);
    }

    static String expiryStage(int stageDays) {
        return "D" + stageDays;
    }

    static final String RENEWAL_STAGE = "RENEWAL";

    private void markSent(String stage, LocalDate today) {
        if (remindersSent.containsKey(stage)) {
            throw IllegalStateChangeException.of("labelReminded", String.valueOf(id), remindersSent.get(stage));
        }
        remindersSent.put(stage, today);
    }

    /**
     * Support staff set the end the certificate states (the rule computed the default); only while the label is
     * active, never before it was awarded.
     */
    void setValidUntil(LocalDate newValidUntil, String reason) {
        if (status != LabelStatus.ACTIVE) {
            throw IllegalStateChangeException.of("labelKeepsEndDate", String.valueOf(id), statusName());
        }
        if (reason == null || reason.isBlank()) {
            throw dk.ecei.shared.BusinessRuleException.violated("A new date needs a reason",
                    java.util.List.of(dk.ecei.shared.Violation.at("reason", "rule.reason.missing", "Give a reason")));
        }
        if (newValidUntil.isBefore(awardedOn)) {
            throw dk.ecei.shared.BusinessRuleException.violated("A label cannot end before it is awarded",
                    java.util.List.of(dk.ecei.shared.Violation.at("validUntil", "rule.label.untilBeforeAward",
                            "Ends before the award", awardedOn)));
        }
        this.validUntil = newValidUntil;
    }

    void withdraw(LocalDate on, String reason) {
        if (status != LabelStatus.ACTIVE) {
            throw IllegalStateChangeException.of("labelNotWithdrawable", String.valueOf(id), statusName());
        }
        if (reason == null || reason.isBlank()) {
            throw new dk.ecei.shared.InvalidFieldException("reason", "input.required");
        }
        status = LabelStatus.WITHDRAWN;
        withdrawnOn = on;
        statusReason = reason.strip();
        // Published when the repository saves the label.
        registerEvent(new LabelWithdrawn(id, clusterId, level, on));
    }

    LabelValidityPolicy.LabelPeriod period() {
        return new LabelValidityPolicy.LabelPeriod(level, awardedOn, validUntil);
    }

    public Long getId() {
        return id;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public LabelLevel getLevel() {
        return level;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LabelStatus getStatus() {
        return status;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Long getPreviousLabelId() {
        return previousLabelId;
    }

    public String getSource() {
        return source;
    }

    public Map<String, LocalDate> getRemindersSent() {
        return Map.copyOf(remindersSent);
    }

    public long getVersion() {
        return version;
    }
}
