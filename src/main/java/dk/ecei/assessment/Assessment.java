package dk.ecei.assessment;

import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One assessment of one cluster for one label level. It guards its own state: every move checks the current status
 * and refuses what the process does not allow, so a controller or a delegate cannot put it in an impossible state.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    /** The Bronze questionnaire asks for three documented success stories. */
    static final int REQUIRED_SUCCESS_STORIES = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cluster_id", nullable = false)
    private Long clusterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
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

    @Column(name = "assignment_escalated", nullable = false)
    private boolean assignmentEscalated;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "label_id")
    private Long labelId;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "indicator_code")
    private Map<String, Answer> answers = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "success_story", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<SuccessStory> successStories = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    @OrderBy("roundNo")
    private List<ClarificationRound> clarifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_section", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "category_code")
    private Map<String, ReportSection> reportSections = new TreeMap<>();

    protected Assessment() {
    }

    Assessment(Long clusterId, LabelLevel level, Long catalogueVersionId, String requestedBy, Instant now) {
        this.clusterId = clusterId;
        this.level = level;
        this.catalogueVersionId = catalogueVersionId;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.updatedAt = now;
        this.status = AssessmentStatus.REQUESTED;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void assignExpert(String expert, LocalDate plannedInterviewDate, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED), "assign an expert");
        this.expertUsername = expert;
        this.plannedInterviewDate = plannedInterviewDate;
        this.status = AssessmentStatus.SELF_ASSESSMENT;
        this.updatedAt = now;
    }

    void escalateAssignment(Instant now) {
        if (status == AssessmentStatus.REQUESTED) {
            this.assignmentEscalated = true;
            this.updatedAt = now;
        }
    }

    /**
     * Saves draft answers. While a clarification round is open, only the indicators it names may change. An empty
     * value removes the answer. Every answer that does not fit its indicator is reported at once, and then none is saved.
     */
    void saveAnswers(Map<String, String> values, Map<String, IndicatorView> questionnaire, String by, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT,
                AssessmentStatus.CLARIFICATION_REQUESTED), "change answers");
        Set<String> changeable = status == AssessmentStatus.CLARIFICATION_REQUESTED
                ? Set.copyOf(openClarification().getIndicatorCodes()) : questionnaire.keySet();
        List<String> problems = new ArrayList<>();
        Map<String, AnswerFormat.Result> checked = new LinkedHashMap<>();
        values.forEach((code, raw) -> {
            IndicatorView indicator = questionnaire.get(code);
            if (indicator == null) {
                problems.add(code + " is not an indicator of this questionnaire");
            } else if (!changeable.contains(code)) {
                problems.add(code + " is not part of the open clarification request");
            } else if (raw == null || raw.isBlank()) {
                checked.put(code, null);
            } else {
                AnswerFormat.Result result = AnswerFormat.normalise(indicator.answerKind(), raw);
                if (result.isOk()) {
                    checked.put(code, result);
                } else {
                    problems.add(code + " " + result.problem());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("Some answers were not saved", problems);
        }
        checked.forEach((code, result) -> {
            if (result == null) {
                answers.remove(code);
            } else {
                answers.put(code, new Answer(questionnaire.get(code).id(), result.value(), by, now));
            }
        });
        this.updatedAt = now;
    }

    void replaceSuccessStories(List<SuccessStory> stories, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT), "change success stories");
        if (stories.size() > REQUIRED_SUCCESS_STORIES) {
            throw new BusinessRuleException("Too many success stories",
                    List.of("The questionnaire takes " + REQUIRED_SUCCESS_STORIES + " success stories, not " + stories.size()));
        }
        successStories.clear();
        successStories.addAll(stories);
        this.updatedAt = now;
    }

    /** What is still missing before the self-assessment can be submitted. */
    List<String> missing(Collection<String> indicatorCodes) {
        List<String> missing = new ArrayList<>();
        indicatorCodes.stream().filter(code -> !answers.containsKey(code)).forEach(code -> missing.add("Answer to " + code));
        if (successStories.size() < REQUIRED_SUCCESS_STORIES) {
            missing.add((REQUIRED_SUCCESS_STORIES - successStories.size()) + " more success stor"
                    + (REQUIRED_SUCCESS_STORIES - successStories.size() == 1 ? "y" : "ies"));
        }
        return missing;
    }

    void submit(Collection<String> indicatorCodes, Instant now) {
        require(EnumSet.of(AssessmentStatus.SELF_ASSESSMENT), "submit the self-assessment");
        List<String> missing = missing(indicatorCodes);
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("The self-assessment is not complete", missing);
        }
        this.status = AssessmentStatus.UNDER_REVIEW;
        this.updatedAt = now;
    }

    ClarificationRound requestClarification(List<String> indicatorCodes, String question, Set<String> known, String by,
            Instant now) {
        require(EnumSet.of(AssessmentStatus.UNDER_REVIEW), "ask for clarification");
        List<String> unknown = indicatorCodes.stream().filter(code -> !known.contains(code)).toList();
        if (indicatorCodes.isEmpty() || !unknown.isEmpty()) {
            throw new BusinessRuleException("A clarification request names indicators of this questionnaire",
                    unknown.isEmpty() ? List.of("Name at least one indicator") : unknown.stream().map(c -> c + " is unknown").toList());
        }
        ClarificationRound round = new ClarificationRound(clarifications.size() + 1, List.copyOf(indicatorCodes),
                question, by, now);
        clarifications.add(round);
        this.status = AssessmentStatus.CLARIFICATION_REQUESTED;
        this.updatedAt = now;
        return round;
    }

    ClarificationRound answerClarification(String response, String by, Instant now) {
        require(EnumSet.of(AssessmentStatus.CLARIFICATION_REQUESTED), "answer a clarification request");
        ClarificationRound round = openClarification();
        round.answer(response, by, now);
        this.status = AssessmentStatus.UNDER_REVIEW;
        this.updatedAt = now;
        return round;
    }

    void recordReport(LocalDate interviewDate, Map<String, ReportSection> sections, Set<String> requiredGroups,
            String summary, LocalDate today, Instant now) {
        require(EnumSet.of(AssessmentStatus.UNDER_REVIEW), "write the report");
        List<String> problems = new ArrayList<>();
        if (interviewDate.isAfter(today)) {
            problems.add("The interview date " + interviewDate + " is in the future");
        }
        if (interviewDate.isBefore(LocalDate.ofInstant(requestedAt, java.time.ZoneOffset.UTC))) {
            problems.add("The interview date " + interviewDate + " is before the request");
        }
        requiredGroups.stream().filter(group -> !sections.containsKey(group))
                .forEach(group -> problems.add("Findings and recommendations for group " + group));
        sections.keySet().stream().filter(group -> !requiredGroups.contains(group))
                .forEach(group -> problems.add(group + " is not an indicator group of this questionnaire"));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("The report is not complete", problems);
        }
        this.interviewDate = interviewDate;
        this.reportSections.clear();
        this.reportSections.putAll(sections);
        this.reportSummary = summary;
        this.status = AssessmentStatus.COMPLETED;
        this.completedAt = now;
        this.updatedAt = now;
    }

    void labelAwarded(Long labelId) {
        if (status != AssessmentStatus.COMPLETED || this.labelId != null) {
            throw new IllegalStateChangeException("Assessment " + id + " cannot receive a label now");
        }
        this.labelId = labelId;
    }

    void withdraw(String by, String reason, Instant now) {
        if (!status.isOpen()) {
            throw new IllegalStateChangeException("Assessment " + id + " is " + status + " and cannot be withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("A withdrawal needs a reason", List.of("Give a reason"));
        }
        this.status = AssessmentStatus.WITHDRAWN;
        this.withdrawnBy = by;
        this.withdrawalReason = reason.strip();
        this.updatedAt = now;
    }

    private ClarificationRound openClarification() {
        return clarifications.stream().filter(ClarificationRound::isOpen).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateChangeException("No clarification request is open"));
    }

    private void require(Set<AssessmentStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw new IllegalStateChangeException("Cannot " + what + ": assessment " + id + " is " + status);
        }
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

    public boolean isAssignmentEscalated() {
        return assignmentEscalated;
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

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Map<String, Answer> getAnswers() {
        return Map.copyOf(answers);
    }

    public List<SuccessStory> getSuccessStories() {
        return List.copyOf(successStories);
    }

    public List<ClarificationRound> getClarifications() {
        return List.copyOf(clarifications);
    }

    public Map<String, ReportSection> getReportSections() {
        return Map.copyOf(reportSections);
    }
}
