package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Bronze benchmark: an expert is assigned, the cluster answers the questionnaire with three success stories, the
 * expert reviews it (asking for clarification as often as needed), holds the interview and writes the report, which
 * completes it.
 */
@Entity
@DiscriminatorValue("BRONZE")
public class BronzeBenchmark extends Assessment {

    /** The Bronze questionnaire asks for three documented success stories. */
    static final int REQUIRED_SUCCESS_STORIES = 3;

    @Column(name = "assignment_escalated", nullable = false)
    private boolean assignmentEscalated;

    @ElementCollection
    @CollectionTable(name = "success_story", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<SuccessStory> successStories = new ArrayList<>();

    /**
     * In the order of their rounds. A set, not a list: it is read joined with the success stories and the short lists
     * ({@code findWithListsById}), and a list without an index column (a bag) would take each round once per row.
     */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    @OrderBy("roundNo")
    private Set<ClarificationRound> clarifications = new LinkedHashSet<>();

    protected BronzeBenchmark() {
    }

    BronzeBenchmark(Long clusterId, Long catalogueVersionId, String requestedBy, Instant now) {
        super(clusterId, LabelLevel.BRONZE, AssessmentStatus.REQUESTED, catalogueVersionId, requestedBy, now);
    }

    @Override
    Set<AssessmentStatus> answersChangeableIn() {
        return EnumSet.of(AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT,
                AssessmentStatus.CLARIFICATION_REQUESTED);
    }

    /** While a clarification round is open, only the indicators it names may change. */
    @Override
    Set<String> changeableIndicators(Set<String> questionnaire) {
        return getStatus() == AssessmentStatus.CLARIFICATION_REQUESTED
                ? Set.copyOf(openClarification().getIndicatorCodes()) : questionnaire;
    }

    void assignExpert(String expert, LocalDate plannedInterviewDate, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED), "assignExpert");
        assign(expert, plannedInterviewDate);
        moveTo(AssessmentStatus.SELF_ASSESSMENT, now);
        registerEvent(new ExpertAssigned(getId(), getClusterId(), getLevel(), experts(), plannedInterviewDate, null));
    }

    /** The request waited too long for an expert; only while it still waits. */
    boolean escalateAssignment(Duration waited, Instant now) {
        if (getStatus() != AssessmentStatus.REQUESTED) {
            return false;
        }
        this.assignmentEscalated = true;
        registerEvent(new AssignmentEscalated(getId(), getClusterId(), waited));
        return true;
    }

    void replaceSuccessStories(List<SuccessStory> stories, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT), "changeSuccessStories");
        if (stories.size() > REQUIRED_SUCCESS_STORIES) {
            throw BusinessRuleException.violated("Too many success stories", List.of(Violation.at("stories",
                    "rule.stories.tooMany", "The questionnaire takes " + REQUIRED_SUCCESS_STORIES + " success stories, not "
                            + stories.size(), REQUIRED_SUCCESS_STORIES, stories.size())));
        }
        successStories.clear();
        successStories.addAll(stories);
        registerEvent(new SuccessStoriesSaved(getId(), stories.size()));
    }

    @Override
    List<Violation> missing(Collection<String> indicatorCodes, Set<Integer> yearsCovered, LocalDate today) {
        List<Violation> missing = missingAnswers(indicatorCodes);
        int more = REQUIRED_SUCCESS_STORIES - successStories.size();
        if (more > 0) {
            missing.add(Violation.at("stories", "rule.missing.stories",
                    more + " more success stor" + (more == 1 ? "y" : "ies"), more));
        }
        return missing;
    }

    void submit(Collection<String> indicatorCodes, LocalDate today, Instant now) {
        require(EnumSet.of(AssessmentStatus.SELF_ASSESSMENT), "submitSelfAssessment");
        List<Violation> missing = missing(indicatorCodes, Set.of(), today);
        if (!missing.isEmpty()) {
            throw BusinessRuleException.violated("The self-assessment is not complete", missing);
        }
        moveTo(AssessmentStatus.UNDER_REVIEW, now);
        registerEvent(new SelfAssessmentSubmitted(getId(), getClusterId(), getLevel(), experts(),
                answers().size()));
    }

    ClarificationRound requestClarification(List<String> indicatorCodes, String question, Set<String> known, String by,
            Instant now) {
        require(EnumSet.of(AssessmentStatus.UNDER_REVIEW), "askClarification");
        List<String> unknown = indicatorCodes.stream().filter(code -> !known.contains(code)).toList();
        if (indicatorCodes.isEmpty() || !unknown.isEmpty()) {
            throw BusinessRuleException.violated("A clarification request names indicators of this questionnaire",
                    unknown.isEmpty() ? List.of(Violation.at("indicatorCodes", "rule.clarification.noIndicator", "Name at least one indicator"))
                            : unknown.stream().map(c -> Violation.at("indicatorCodes", "rule.clarification.unknownIndicator",
                                    c + " is unknown", c)).toList());
        }
        ClarificationRound round = new ClarificationRound(clarifications.size() + 1, List.copyOf(indicatorCodes),
                question, by, now);
        clarifications.add(round);
        moveTo(AssessmentStatus.CLARIFICATION_REQUESTED, now);
        registerEvent(new ClarificationRequested(getId(), getClusterId(), round.getRoundNo(), List.copyOf(indicatorCodes),
                question));
        return round;
    }

    /** The cluster answers the open round; {@code changed} names the answers it changed with it (null: none given). */
    ClarificationRound answerClarification(String response, List<String> changed, String by, Instant now) {
        require(EnumSet.of(AssessmentStatus.CLARIFICATION_REQUESTED), "answerClarification");
        ClarificationRound round = openClarification();
        round.answer(response, by, now);
        moveTo(AssessmentStatus.UNDER_REVIEW, now);
        registerEvent(new ClarificationAnswered(getId(), getClusterId(), getExpertUsername(), round.getRoundNo(), changed));
        return round;
    }

    /**
     * What the expert has written of the report so far, kept while the review (or a clarification round) goes on:
     * unchecked, because a draft may be incomplete and its interview still ahead. Writing the report checks it.
     */
    void saveReportDraft(LocalDate interviewDate, Map<String, ReportSection> sections, Set<String> knownGroups,
            String summary) {
        require(EnumSet.of(AssessmentStatus.UNDER_REVIEW, AssessmentStatus.CLARIFICATION_REQUESTED), "saveReportDraft");
        List<Violation> unknown = sections.keySet().stream().filter(group -> !knownGroups.contains(group))
                .map(group -> Violation.of("rule.report.unknownGroup", group + " is not an indicator group of this questionnaire", group))
                .toList();
        if (!unknown.isEmpty()) {
            throw BusinessRuleException.violated("The draft was not saved", unknown);
        }
        held(interviewDate);
        report(sections, summary);
        registerEvent(new ReportDraftSaved(getId(), List.copyOf(new java.util.TreeSet<>(sections.keySet()))));
    }

    /** The report awards the benchmark label: at once, or once the body approved it (setting {@code ecei.approval.bronze}). */
    void recordReport(LocalDate interviewDate, Map<String, ReportSection> sections, Set<String> requiredGroups,
            String summary, LocalDate today, Instant now) {
        recordReport(interviewDate, sections, requiredGroups, summary, today, now, false, null);
    }

    /**
     * {@code awaitsApproval}: the report recommends the Bronze label to the body, which approves it or sends it back
     * to the expert; {@code by} is the expert, recorded with the recommendation.
     */
    void recordReport(LocalDate interviewDate, Map<String, ReportSection> sections, Set<String> requiredGroups,
            String summary, LocalDate today, Instant now, boolean awaitsApproval, String by) {
        require(EnumSet.of(AssessmentStatus.UNDER_REVIEW), "writeReport");
        List<Violation> problems = new ArrayList<>();
        if (interviewDate.isAfter(today)) {
            problems.add(Violation.at("interviewDate", "rule.interview.inFuture",
                    "The interview date " + interviewDate + " is in the future", interviewDate));
        }
        if (interviewDate.isBefore(requestDay())) {
            problems.add(Violation.at("interviewDate", "rule.interview.beforeRequest",
                    "The interview date " + interviewDate + " is before the request", interviewDate));
        }
        requiredGroups.stream().filter(group -> !sections.containsKey(group))
                .forEach(group -> problems.add(Violation.at("groups[" + group + "]", "rule.report.groupMissing",
                        "Findings and recommendations for group " + group, group)));
        sections.keySet().stream().filter(group -> !requiredGroups.contains(group))
                .forEach(group -> problems.add(Violation.of("rule.report.unknownGroup",
                        group + " is not an indicator group of this questionnaire", group)));
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The report is not complete", problems);
        }
        held(interviewDate);
        report(sections, summary);
        if (!awaitsApproval) {
            complete(AssessmentStatus.COMPLETED, now);
            registerEvent(new ReportWritten(getId(), getClusterId(), interviewDate));
            return;
        }
        decided(new Decision("REPORT_RECOMMENDATION", Recommendation.BRONZE.name(), "", by, now));
        awaitApproval(Recommendation.BRONZE, now);
        registerEvent(new ReportWritten(getId(), getClusterId(), interviewDate));
        registerEvent(new RecommendationMade(getId(), getClusterId(), getLevel(), Recommendation.BRONZE, List.of(), true));
    }

    /** A report the body sent back returns to the expert's review, the draft kept. */
    @Override
    AssessmentStatus sentBackTo() {
        return AssessmentStatus.UNDER_REVIEW;
    }

    private ClarificationRound openClarification() {
        return clarifications.stream().filter(ClarificationRound::isOpen).reduce((a, b) -> b)
                .orElseThrow(() -> IllegalStateChangeException.of("noClarificationOpen"));
    }

    public boolean isAssignmentEscalated() {
        return assignmentEscalated;
    }

    public List<SuccessStory> getSuccessStories() {
        return List.copyOf(successStories);
    }

    public List<ClarificationRound> getClarifications() {
        return List.copyOf(clarifications);
    }
}
