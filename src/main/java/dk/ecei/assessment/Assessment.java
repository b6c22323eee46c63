package dk.ecei.assessment;

import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.annotations.Formula;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * What every assessment of a cluster has, whatever its scheme: the cluster, the level, where it stands, its process,
 * the lead expert and the dates, the decisions on the way, the label it earned, the withdrawal. Each scheme is its
 * own aggregate ({@link BronzeBenchmark}, {@link SilverAssessment}, {@link GoldAssessment}) that guards its own moves
 * and registers a domain event for each; the events are published when the repository saves the aggregate.
 * One table; the level is the discriminator.
 */
@Entity
@Table(name = "assessment")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "level", discriminatorType = DiscriminatorType.STRING)
@EntityListeners(AuditingEntityListener.class)
public abstract class Assessment {

    static final java.time.ZoneId DENMARK = java.time.ZoneId.of("Europe/Copenhagen");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cluster_id", nullable = false)
    private Long clusterId;

    /** The discriminator, readable in queries; written by the subclass's discriminator value. */
    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, insertable = false, updatable = false)
    private LabelLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status;

    @Column(name = "catalogue_version_id", nullable = false)
    private Long catalogueVersionId;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expert_username")
    private String expertUsername;

    @Column(name = "planned_interview_date")
    private LocalDate plannedInterviewDate;

    @Column(name = "interview_date")
    private LocalDate interviewDate;

    @Column(name = "report_summary")
    private String reportSummary;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "label_id")
    private Long labelId;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** What waits for (or got) the approval body's decision: the label the experts recommend. */
    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    @Version
    private long version;

    /** When it last changed: Spring Data auditing, from the one clock. */
    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * When one of its answers last changed: the answers are rows of their own (see {@link AnswerDrafts}) and saving
     * them never writes this row, so the time of the last change is read with it instead.
     */
    @Formula("(select max(aa.updated_at) from assessment_answer aa where aa.assessment_id = id)")
    private Instant answersUpdatedAt;

    @ElementCollection
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "indicator_code")
    private Map<String, Answer> answers = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "report_section", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "category_code")
    private Map<String, ReportSection> reportSections = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "assessment_decision", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Decision> decisions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_conflict_waiver", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<ConflictWaiver> conflictWaivers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_observer", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Observer> observers = new ArrayList<>();

    @Transient
    private final List<Object> events = new ArrayList<>();

    protected Assessment() {
    }

    protected Assessment(Long clusterId, LabelLevel level, AssessmentStatus initial, Long catalogueVersionId,
            String requestedBy, Instant now) {
        this.clusterId = clusterId;
        this.level = level;
        this.catalogueVersionId = catalogueVersionId;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.status = initial;
    }

    // --- what each scheme decides ------------------------------------------------------------------------------------

    /** Where the answers to the questionnaire may change; empty for a scheme without answers. */
    abstract Set<AssessmentStatus> answersChangeableIn();

    /** The indicators whose answers may change now (a Bronze clarification round narrows them). */
    Set<String> changeableIndicators(Set<String> questionnaire) {
        return questionnaire;
    }

    /** What is still missing before the self-assessment can be submitted on {@code today}. */
    abstract List<Violation> missing(Collection<String> indicatorCodes, Set<Integer> yearsCovered, LocalDate today);

    /** Everybody assigned to assess it, lead expert first. */
    List<String> experts() {
        return experts(getLevel(), expertUsername, secondExpert());
    }

    /** The second expert, where the level has one (a Gold audit's); else null. */
    String secondExpert() {
        return null;
    }

    /**
     * Everybody assigned to an assessment of this level, lead expert first: a Gold audit's two, any other's one. The
     * entity's rule, also over a row's columns (a row of another level may hold a stale second expert: not counted).
     */
    static List<String> experts(LabelLevel level, String lead, String second) {
        return java.util.stream.Stream.of(lead, level == LabelLevel.GOLD ? second : null)
                .filter(java.util.Objects::nonNull).toList();
    }

    boolean isExpert(String username) {
        return experts().contains(username);
    }

    /** The level of the label this assessment earns. */
    LabelLevel awardedLevel() {
        return level;
    }

    /** Where a send back by the approval body returns to. */
    abstract AssessmentStatus sentBackTo();

    // --- moves every scheme shares -----------------------------------------------------------------------------------

    /** The request is stored and its process started: only now does the assessment have an id to announce. */
    void startedAs(String processInstanceId, List<dk.ecei.shared.Violation> description) {
        this.processInstanceId = processInstanceId;
        registerEvent(new AssessmentRequested(id, clusterId, level, isRenewal(), description));
    }

    /**
     * Checks draft answers before they are saved. Only the indicators that may change now may change (a Bronze
     * clarification round narrows them). An empty value removes the answer (null in the result). Every answer that does
     * not fit its indicator is reported at once, and then none is saved. The answers are rows with their own versions,
     * written by {@link AnswerDrafts}: saving them never changes this aggregate, so people saving different indicators
     * at once do not clash over its version.
     */
    Map<String, String> checkAnswers(Map<String, String> values, Map<String, IndicatorView> questionnaire) {
        if (answersChangeableIn().isEmpty()) {
            throw IllegalStateChangeException.of("noAnswers", Violation.named("level." + level, level.name()));
        }
        require(answersChangeableIn(), "changeAnswers");
        Set<String> changeable = changeableIndicators(questionnaire.keySet());
        List<Violation> problems = new ArrayList<>();
        Map<String, String> checked = new LinkedHashMap<>();
        values.forEach((code, raw) -> {
            IndicatorView indicator = questionnaire.get(code);
            String field = answerField(code);
            if (indicator == null) {
                problems.add(Violation.at(field, "answer.error.unknownIndicator",
                        code + " is not an indicator of this questionnaire", code));
            } else if (!changeable.contains(code)) {
                problems.add(Violation.at(field, "answer.error.notAsked",
                        code + " is not part of the open clarification request", code));
            } else if (raw == null || raw.isBlank()) {
                checked.put(code, null);
            } else {
                AnswerFormat.Result result = AnswerFormat.normalise(indicator.answerKind(), raw);
                if (result.isOk()) {
                    checked.put(code, result.value());
                } else {
                    problems.add(Violation.at(field, result.problemCode(), code + " " + result.problem(), code));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("Some answers were not saved", problems);
        }
        return checked;
    }

    /** The indicators of the questionnaire without an answer, as what is missing before a submission. */
    protected final List<Violation> missingAnswers(Collection<String> indicatorCodes) {
        List<Violation> missing = new ArrayList<>();
        indicatorCodes.stream().filter(code -> !answers().containsKey(code))
                .forEach(code -> missing.add(Violation.at(answerField(code), "rule.missing.answer", "Answer to " + code, code)));
        return missing;
    }

    /** The property of a command (and of the pages' forms) that holds the answer to an indicator. */
    static String answerField(String indicatorCode) {
        return "answers[" + indicatorCode + "]";
    }

    /** The cluster saved draft answers (rows of their own, see {@link AnswerDrafts}): announced and audited. */
    void answersSaved(List<String> indicatorCodes) {
        registerEvent(new AnswersSaved(id, List.copyOf(indicatorCodes)));
    }

    /** The register holds the label this assessment earned. */
    void labelAwarded(Long labelId, LocalDate validUntil) {
        if (status != AssessmentStatus.COMPLETED || this.labelId != null) {
            throw IllegalStateChangeException.of("noLabelNow", String.valueOf(id));
        }
        this.labelId = labelId;
        registerEvent(new LabelAwarded(id, clusterId, labelId, awardedLevel(), validUntil));
    }

    void withdraw(String by, String reason, Instant now) {
        if (!status.isOpen()) {
            throw IllegalStateChangeException.of("notWithdrawable", String.valueOf(id), statusName());
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.violated("A withdrawal needs a reason",
                    List.of(Violation.at("reason", "rule.reason.missing", "Give a reason")));
        }
        this.status = AssessmentStatus.WITHDRAWN;
        this.withdrawnBy = by;
        this.withdrawalReason = reason.strip();
        registerEvent(new AssessmentWithdrawn(id, clusterId, experts(), reason));
    }

    // --- the approval body, the same for every level ----------------------------------------------------------------

    /**
     * The body approves the recommendation or sends it back with its reasons; {@code meeting} names the meeting
     * whose batch of decisions this one belongs to (null: decided on its own).
     */
    void decide(boolean approve, String reason, Meeting meeting, String by, Instant now) {
        require(java.util.EnumSet.of(AssessmentStatus.AWAITING_APPROVAL), "decideLabel");
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.violated("A decision needs a reason",
                    List.of(Violation.at("reason", "rule.reason.missing", "Give a reason")));
        }
        Recommendation recommended = recommendation;
        String name = meeting == null ? null : meeting.name();
        LocalDate day = meeting == null ? null : meeting.date();
        if (approve) {
            decided(new Decision("LABEL_COMMITTEE", "APPROVED " + recommended, reason.strip(), by, now, name, day));
            complete(recommended == Recommendation.NONE ? AssessmentStatus.NOT_AWARDED : AssessmentStatus.COMPLETED, now);
        } else {
            decided(new Decision("LABEL_COMMITTEE", "SENT_BACK", reason.strip(), by, now, name, day));
            this.recommendation = null;
            moveTo(sentBackTo(), now);
        }
        registerEvent(new LabelCommitteeDecided(id, clusterId, approve, recommended, reason, experts(),
                getRecommendationReasons(), meeting));
    }

    /** Support staff (the label committee) approve the recommendation, or send it back with their reasons. */
    void decide(boolean approve, String reason, String by, Instant now) {
        decide(approve, reason, null, by, now);
    }

    /**
     * This level has no approval step (setting {@code ecei.approval.<level>} off): the recommendation stands as the
     * experts made it, and the decisions say so.
     */
    void standWithoutApproval(Instant now) {
        require(java.util.EnumSet.of(AssessmentStatus.AWAITING_APPROVAL), "letRecommendationStand");
        Recommendation recommended = recommendation;
        decided(new Decision("NO_APPROVAL_STEP", "STOOD " + recommended, "", dk.ecei.shared.CurrentActor.SYSTEM, now));
        complete(recommended == Recommendation.NONE ? AssessmentStatus.NOT_AWARDED : AssessmentStatus.COMPLETED, now);
        registerEvent(new RecommendationStood(id, clusterId, level, recommended));
    }

    /** The recommendation now waits for the body's decision. */
    protected final void awaitApproval(Recommendation recommended, Instant now) {
        this.recommendation = recommended;
        moveTo(AssessmentStatus.AWAITING_APPROVAL, now);
    }

    // --- for the schemes ---------------------------------------------------------------------------------------------

    protected final void require(Set<AssessmentStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw IllegalStateChangeException.of("assessment", Violation.named("problem.action." + what, what),
                    String.valueOf(id), statusName());
        }
    }

    /** The status as an argument of a reason: read in the reader's language. */
    private Violation statusName() {
        return Violation.named("status." + status, String.valueOf(status));
    }

    protected final void moveTo(AssessmentStatus next, Instant now) {
        this.status = next;
    }

    protected final void complete(AssessmentStatus finalStatus, Instant now) {
        this.completedAt = now;
        moveTo(finalStatus, now);
    }

    protected final void assign(String expert, LocalDate plannedDate) {
        this.expertUsername = expert;
        this.plannedInterviewDate = plannedDate;
    }

    protected final void held(LocalDate interviewDate) {
        this.interviewDate = interviewDate;
    }

    protected final void report(Map<String, ReportSection> sections, String summary) {
        this.reportSections.clear();
        this.reportSections.putAll(sections);
        this.reportSummary = summary;
    }

    protected final void decided(Decision decision) {
        decisions.add(decision);
    }

    protected final Map<String, Answer> answers() {
        return answers;
    }

    /** The day of the request, in Danish time like "today" and every other rule. */
    protected final LocalDate requestDay() {
        return LocalDate.ofInstant(requestedAt, DENMARK);
    }

    protected final <T> T registerEvent(T event) {
        events.add(event);
        return event;
    }

    @DomainEvents
    Collection<Object> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    // --- reading -----------------------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public LabelLevel getLevel() {
        return level;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public Long getCatalogueVersionId() {
        return catalogueVersionId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getExpertUsername() {
        return expertUsername;
    }

    public LocalDate getPlannedInterviewDate() {
        return plannedInterviewDate;
    }

    public LocalDate getInterviewDate() {
        return interviewDate;
    }

    public String getReportSummary() {
        return reportSummary;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Long getLabelId() {
        return labelId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    /** Why the experts recommend what they do, as codes with their figures; none where the level gives no reasons. */
    public List<Violation> getRecommendationReasons() {
        return List.of();
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When it or one of its answers last changed. */
    public Instant getLastChangedAt() {
        return lastChanged(updatedAt, answersUpdatedAt);
    }

    /** The later of when the assessment's row and when one of its answers last changed. */
    static Instant lastChanged(Instant updatedAt, Instant answersUpdatedAt) {
        return answersUpdatedAt == null || (updatedAt != null && !answersUpdatedAt.isAfter(updatedAt)) ? updatedAt
                : answersUpdatedAt;
    }

    public Map<String, Answer> getAnswers() {
        return Map.copyOf(answers);
    }

    public Map<String, ReportSection> getReportSections() {
        return Map.copyOf(reportSections);
    }

    public List<Decision> getDecisions() {
        return List.copyOf(decisions);
    }

    public List<Observer> getObservers() {
        return List.copyOf(observers);
    }

    boolean isObserver(String username) {
        return observer(username).isPresent();
    }

    private java.util.Optional<Observer> observer(String username) {
        return observers.stream().filter(o -> o.username().equalsIgnoreCase(username)).findFirst();
    }

    /** Support staff attach an observer while the assessment is open; never one of its experts, never twice. */
    void attachObserver(Observer observer) {
        if (!status.isOpen()) {
            throw IllegalStateChangeException.of("assessment",
                    Violation.named("problem.action.attachObserver", "attach an observer"), String.valueOf(id), statusName());
        }
        if (isExpert(observer.username())) {
            throw dk.ecei.shared.BusinessRuleException.violated("An expert cannot observe", List.of(dk.ecei.shared.Violation.at(
                    "username", "rule.observer.isExpert", "An expert of the assessment", observer.username())));
        }
        if (isObserver(observer.username())) {
            throw dk.ecei.shared.BusinessRuleException.violated("Already observing", List.of(dk.ecei.shared.Violation.at(
                    "username", "rule.observer.already", "Already observing", observer.username())));
        }
        observers.add(observer);
        registerEvent(new ObserverAttached(id, clusterId, observer.username(), observer.organisation()));
    }

    /** Support staff detach an observer, open or closed: their read access ends with it. */
    void detachObserver(String username) {
        Observer observer = observer(username).orElseThrow(() -> dk.ecei.shared.NotFoundException.of("observer", username, id));
        observers.remove(observer);
        registerEvent(new ObserverDetached(id, clusterId, observer.username(), observer.organisation()));
    }

    public List<ConflictWaiver> getConflictWaivers() {
        return List.copyOf(conflictWaivers);
    }

    /**
     * Support staff let an assessor with a tie to the cluster take the assignment; only while the expert is being
     * assigned, with a reason and an approver other than the one who records it.
     */
    void waiveConflict(ConflictWaiver waiver) {
        require(java.util.EnumSet.of(AssessmentStatus.REQUESTED), "waiveConflict");
        java.util.List<dk.ecei.shared.Violation> problems = new ArrayList<>();
        if (waiver.reason() == null || waiver.reason().isBlank()) {
            problems.add(dk.ecei.shared.Violation.at("waiverReason", "rule.waiver.reasonMissing", "A waiver needs a reason"));
        }
        if (waiver.approvedBy() == null || waiver.approvedBy().isBlank()) {
            problems.add(dk.ecei.shared.Violation.at("waiverApprovedBy", "rule.waiver.approverMissing", "A waiver needs an approver"));
        } else if (waiver.approvedBy().strip().equalsIgnoreCase(waiver.recordedBy())) {
            problems.add(dk.ecei.shared.Violation.at("waiverApprovedBy", "rule.waiver.selfApproved",
                    "Who records a waiver cannot approve it too"));
        }
        if (!problems.isEmpty()) {
            throw dk.ecei.shared.BusinessRuleException.violated("The waiver is incomplete", problems);
        }
        conflictWaivers.add(new ConflictWaiver(waiver.assessor(), waiver.conflicts(), waiver.reason().strip(),
                waiver.approvedBy().strip(), waiver.recordedBy(), waiver.recordedAt()));
        registerEvent(new ConflictWaived(id, clusterId, waiver.assessor(), waiver.reason().strip(), waiver.approvedBy().strip()));
    }

    /** A renewal of a label the cluster holds (Silver, Gold); a Bronze renewal is the register's business. */
    public boolean isRenewal() {
        return false;
    }
}
