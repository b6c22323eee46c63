package dk.ecei.assessment;

import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.Violation;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
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

    /** A Silver application names exactly three improvement areas. */
    static final int IMPROVEMENT_AREAS = 3;

    /** A Gold self-assessment comes "with documents covering the two previous years" (calendar years before submission). */
    static final int GOLD_EVIDENCE_YEARS = 2;

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

    @Column(name = "second_expert_username")
    private String secondExpertUsername;

    @Column(nullable = false)
    private boolean renewal;

    @Column(name = "previous_assessment_id")
    private Long previousAssessmentId;

    @Column(name = "audit_days")
    private Integer auditDays;

    @Column(name = "audit_until")
    private LocalDate auditUntil;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    @Column(name = "indicators_met")
    private Integer indicatorsMet;

    @Column(name = "indicators_scored")
    private Integer indicatorsScored;

    @Column(name = "excellence_share")
    private BigDecimal excellenceShare;

    @Column(name = "recommendation_reasons")
    private String recommendationReasons;

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

    @ElementCollection
    @CollectionTable(name = "improvement_area", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<ImprovementArea> improvementAreas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "indicator_score", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<IndicatorScore> scores = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "final_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "indicator_code")
    private Map<String, FinalScore> finalScores = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "assessment_decision", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Decision> decisions = new ArrayList<>();

    protected Assessment() {
    }

    /**
     * A Gold assessment starts with the gap analysis. A renewal keeps the previous assessment for comparison and
     * starts from its answers.
     */
    static Assessment gold(Long clusterId, Long catalogueVersionId, String requestedBy, Instant now,
            Assessment previous, boolean renewal) {
        Assessment gold = new Assessment(clusterId, LabelLevel.GOLD, catalogueVersionId, requestedBy, now);
        gold.status = AssessmentStatus.PRE_CHECK;
        gold.renewal = renewal;
        if (previous != null) {
            gold.previousAssessmentId = previous.getId();
            if (previous.getCatalogueVersionId().equals(catalogueVersionId)) {
                gold.answers.putAll(previous.answers);
            }
        }
        return gold;
    }

    /**
     * A Silver assessment; a renewal names the assessment that earned the label it renews (if the register knows it),
     * so that its evidence and scores stay at hand for comparison.
     */
    static Assessment silver(Long clusterId, Long catalogueVersionId, String requestedBy, Instant now, boolean renewal,
            Long previousAssessmentId) {
        Assessment silver = new Assessment(clusterId, LabelLevel.SILVER, catalogueVersionId, requestedBy, now);
        silver.renewal = renewal;
        silver.previousAssessmentId = renewal ? previousAssessmentId : null;
        return silver;
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
     * Checks draft answers before they are saved. While a clarification round is open, only the indicators it names
     * may change. An empty value removes the answer (null in the result). Every answer that does not fit its indicator
     * is reported at once, and then none is saved. The answers are rows with their own versions, written by
     * {@link AnswerDrafts}: saving them never changes this aggregate, so people saving different indicators at once
     * do not clash over its version.
     */
    Map<String, String> checkAnswers(Map<String, String> values, Map<String, IndicatorView> questionnaire) {
        require(EnumSet.of(AssessmentStatus.PRE_CHECK, AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT,
                AssessmentStatus.CLARIFICATION_REQUESTED), "change answers");
        Set<String> changeable = status == AssessmentStatus.CLARIFICATION_REQUESTED
                ? Set.copyOf(openClarification().getIndicatorCodes()) : questionnaire.keySet();
        List<String> problems = new ArrayList<>();
        Map<String, String> checked = new LinkedHashMap<>();
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
                    checked.put(code, result.value());
                } else {
                    problems.add(code + " " + result.problem());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("Some answers were not saved", problems);
        }
        return checked;
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

    /**
     * What is still missing before the self-assessment can be submitted on {@code today}. Gold also needs evidence
     * covering each of the two calendar years before; any file of the assessment counts, with or without an indicator.
     */
    List<String> missing(Collection<String> indicatorCodes, Set<Integer> yearsCovered, LocalDate today) {
        List<String> missing = new ArrayList<>();
        if (level == LabelLevel.SILVER) {
            int more = IMPROVEMENT_AREAS - improvementAreas.size();
            if (more > 0) {
                missing.add(more + " more improvement area" + (more == 1 ? "" : "s"));
            }
            return missing;
        }
        indicatorCodes.stream().filter(code -> !answers.containsKey(code)).forEach(code -> missing.add("Answer to " + code));
        if (level == LabelLevel.BRONZE && successStories.size() < REQUIRED_SUCCESS_STORIES) {
            missing.add((REQUIRED_SUCCESS_STORIES - successStories.size()) + " more success stor"
                    + (REQUIRED_SUCCESS_STORIES - successStories.size() == 1 ? "y" : "ies"));
        }
        if (level == LabelLevel.GOLD) {
            for (int year = today.getYear() - GOLD_EVIDENCE_YEARS; year < today.getYear(); year++) {
                if (!yearsCovered.contains(year)) {
                    missing.add("Evidence covering " + year);
                }
            }
        }
        return missing;
    }

    void submit(Collection<String> indicatorCodes, Set<Integer> yearsCovered, LocalDate today, Instant now) {
        require(EnumSet.of(AssessmentStatus.SELF_ASSESSMENT), "submit the self-assessment");
        List<String> missing = missing(indicatorCodes, yearsCovered, today);
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("The self-assessment is not complete", missing);
        }
        this.status = level == LabelLevel.BRONZE ? AssessmentStatus.UNDER_REVIEW : AssessmentStatus.AUDIT;
        this.updatedAt = now;
    }

    ClarificationRound requestClarification(List<String> indicatorCodes, String question, Set<String> known, String by,
            Instant now) {
        require(EnumSet.of(AssessmentStatus.UNDER_REVIEW), "ask for clarification");
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
        List<Violation> problems = new ArrayList<>();
        if (interviewDate.isAfter(today)) {
            problems.add(Violation.at("interviewDate", "rule.interview.inFuture",
                    "The interview date " + interviewDate + " is in the future", interviewDate));
        }
        if (interviewDate.isBefore(LocalDate.ofInstant(requestedAt, java.time.ZoneOffset.UTC))) {
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
        this.interviewDate = interviewDate;
        this.reportSections.clear();
        this.reportSections.putAll(sections);
        this.reportSummary = summary;
        this.status = AssessmentStatus.COMPLETED;
        this.completedAt = now;
        this.updatedAt = now;
    }

    // --- Silver and Gold -------------------------------------------------------------------------------------------

    /** Gold: the cluster has seen the gap analysis and goes on to the audit; the summary keeps what it saw. */
    void proceedAfterGapAnalysis(String summary, String by, Instant now) {
        require(EnumSet.of(AssessmentStatus.PRE_CHECK), "go on after the gap analysis");
        decisions.add(new Decision("GAP_ANALYSIS", "PROCEED", summary, by, now));
        this.status = AssessmentStatus.REQUESTED;
        this.updatedAt = now;
    }

    /** Gold: the two experts and the planned first audit day; a renewal audit takes fewer days. */
    void assignExpertPair(String first, String second, LocalDate plannedAuditDate, int auditDays, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED), "assign the experts");
        this.expertUsername = first;
        this.secondExpertUsername = second;
        this.plannedInterviewDate = plannedAuditDate;
        this.auditDays = auditDays;
        this.status = AssessmentStatus.SELF_ASSESSMENT;
        this.updatedAt = now;
    }

    /** Silver: replaces the improvement areas; each names Gold indicators of this catalogue version. */
    void replaceImprovementAreas(List<ImprovementArea> areas, Set<String> goldCodes, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT), "change the improvement areas");
        if (level != LabelLevel.SILVER) {
            throw new IllegalStateChangeException("Only a Silver application names improvement areas");
        }
        List<Violation> problems = new ArrayList<>();
        if (areas.size() > IMPROVEMENT_AREAS) {
            problems.add(Violation.of("rule.areas.tooMany", "Silver takes " + IMPROVEMENT_AREAS
                    + " improvement areas, not " + areas.size(), IMPROVEMENT_AREAS, areas.size()));
        }
        for (int i = 0; i < areas.size(); i++) {
            List<String> codes = areas.get(i).codes();
            String field = "areas[" + i + "].indicatorCodes";
            int area = i + 1;
            if (codes.isEmpty() || codes.stream().allMatch(String::isBlank)) {
                problems.add(Violation.at(field, "rule.area.noIndicator", "Improvement area " + area + " names no indicator", area));
            }
            codes.stream().filter(code -> !code.isBlank() && !goldCodes.contains(code))
                    .forEach(code -> problems.add(Violation.at(field, "rule.area.notGold",
                            "Improvement area " + area + ": " + code + " is not a Gold indicator", area, code)));
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The improvement areas were not saved", problems);
        }
        improvementAreas.clear();
        improvementAreas.addAll(areas);
        this.updatedAt = now;
    }

    /**
     * Silver: the auditor's on-site findings for each improvement area and the check of every minimum requirement,
     * with the report and recommendations. The minimum requirement checks become the final scores.
     */
    void recordSilverAudit(LocalDate auditDate, List<Judgement> areaFindings, Map<String, Judgement> minimumChecks,
            Set<String> minimumCodes, ReportSection report, String by, LocalDate today, Instant now) {
        require(EnumSet.of(AssessmentStatus.AUDIT), "record the Silver audit");
        List<Violation> problems = new ArrayList<>(auditDateProblems(auditDate, auditDate, today, "auditDate", "auditDate"));
        if (areaFindings.size() != improvementAreas.size()) {
            problems.add(Violation.of("rule.audit.findingCount", "Give a finding for each of the " + improvementAreas.size()
                    + " improvement areas, not " + areaFindings.size(), improvementAreas.size(), areaFindings.size()));
        }
        for (int i = 0; i < areaFindings.size(); i++) {
            Judgement f = areaFindings.get(i);
            if (f == null || f.met() == null || f.note() == null || f.note().isBlank()) {
                problems.add(Violation.at("areas[" + i + "]." + (f == null || f.met() == null ? "met" : "note"),
                        "rule.judgement.incomplete", "Each improvement area needs met or not met and a note"));
            }
        }
        problems.addAll(judgementProblems(minimumChecks, minimumCodes, "minimumRequirements", "Check of minimum requirement "));
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The audit is not complete", problems);
        }
        for (int i = 0; i < improvementAreas.size(); i++) {
            Judgement finding = areaFindings.get(i);
            improvementAreas.set(i, improvementAreas.get(i).withFinding(finding.met(), finding.note()));
        }
        finalScores.clear();
        minimumChecks.forEach((code, check) -> finalScores.put(code, new FinalScore(check.met(), check.note().strip(), by, now)));
        this.interviewDate = auditDate;
        this.auditUntil = auditDate;
        this.reportSections.clear();
        this.reportSections.put("SILVER", report);
        this.reportSummary = report.findings();
        this.updatedAt = now;
    }

    /** Gold: one expert's score of every indicator, met or not with a note, and the audit dates. */
    void recordScores(String expert, LocalDate from, LocalDate until, Map<String, Judgement> judgements,
            Set<String> indicatorCodes, LocalDate today, Instant now) {
        require(EnumSet.of(AssessmentStatus.AUDIT), "score the indicators");
        if (!expert.equals(expertUsername) && !expert.equals(secondExpertUsername)) {
            throw new BusinessRuleException("Only the audit's experts score", List.of(expert + " is not an expert of this audit"));
        }
        List<Violation> problems = new ArrayList<>(auditDateProblems(from, until, today, "auditFrom", "auditUntil"));
        if (!until.isBefore(from) && auditDays != null && from.plusDays(auditDays - 1L).compareTo(until) != 0) {
            problems.add(Violation.at("auditUntil", "rule.audit.days", "This audit takes " + auditDays + " day"
                    + (auditDays == 1 ? "" : "s") + ", not " + from + " to " + until, auditDays, from, until));
        }
        if (interviewDate != null && (!interviewDate.equals(from) || !auditUntil.equals(until))) {
            problems.add(Violation.at("auditFrom", "rule.audit.otherExpertDates", "The other expert recorded the audit from "
                    + interviewDate + " to " + auditUntil, interviewDate, auditUntil));
        }
        problems.addAll(judgementProblems(judgements, indicatorCodes, "scores", "Score for "));
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The scores were not saved", problems);
        }
        scores.removeIf(score -> score.scoredBy().equals(expert));
        judgements.forEach((code, j) -> scores.add(new IndicatorScore(code, expert, j.met(), j.note().strip(), now)));
        this.interviewDate = from;
        this.auditUntil = until;
        if (bothScored()) {
            takeCommonScores(now);
            if (!differingIndicators().isEmpty()) {
                this.status = AssessmentStatus.AGREEING_SCORES;
            }
        }
        this.updatedAt = now;
    }

    boolean bothScored() {
        Set<String> scorers = new HashSet<>();
        scores.forEach(score -> scorers.add(score.scoredBy()));
        return scorers.contains(expertUsername) && scorers.contains(secondExpertUsername);
    }

    /** The indicators the two Gold experts scored differently. */
    List<String> differingIndicators() {
        Map<String, Set<Boolean>> byCode = new TreeMap<>();
        scores.forEach(score -> byCode.computeIfAbsent(score.indicatorCode(), c -> new HashSet<>()).add(score.met()));
        return byCode.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    private void takeCommonScores(Instant now) {
        finalScores.clear();
        Map<String, List<IndicatorScore>> byCode = new TreeMap<>();
        scores.forEach(score -> byCode.computeIfAbsent(score.indicatorCode(), c -> new ArrayList<>()).add(score));
        byCode.forEach((code, pair) -> {
            if (pair.stream().map(IndicatorScore::met).distinct().count() == 1) {
                String notes = String.join(" / ", pair.stream().map(s -> s.scoredBy() + ": " + s.note()).toList());
                finalScores.put(code, new FinalScore(pair.get(0).met(), notes,
                        expertUsername + ", " + secondExpertUsername, now));
            }
        });
    }

    /**
     * Gold: the experts agree a final score, with a note, for every indicator they scored differently; after a send
     * back they may also revise any other final score.
     */
    void agreeFinalScores(Map<String, Judgement> agreed, Set<String> indicatorCodes, String by, Instant now) {
        require(EnumSet.of(AssessmentStatus.AGREEING_SCORES), "agree final scores");
        List<Violation> problems = new ArrayList<>();
        differingIndicators().stream().filter(code -> !finalScores.containsKey(code) && !agreed.containsKey(code))
                .forEach(code -> problems.add(Violation.at("scores[" + code + "].met", "rule.agree.missing",
                        "Agree a final score for " + code + ", which the experts scored differently", code)));
        agreed.forEach((code, j) -> {
            if (!indicatorCodes.contains(code)) {
                problems.add(Violation.of("rule.judgement.unexpected", code + " is not an indicator of this questionnaire", code));
            } else if (j == null || j.met() == null || j.note() == null || j.note().isBlank()) {
                problems.add(Violation.at("scores[" + code + "]." + (j == null || j.met() == null ? "met" : "note"),
                        "rule.judgement.incomplete", "The final score for " + code + " needs met or not met and a note", code));
            }
        });
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The final scores were not saved", problems);
        }
        agreed.forEach((code, j) -> finalScores.put(code, new FinalScore(j.met(), j.note().strip(), by, now)));
        this.updatedAt = now;
    }

    /** The final met/not met per indicator, as the score reads it. */
    Map<String, Boolean> finalMet() {
        Map<String, Boolean> met = new TreeMap<>();
        finalScores.forEach((code, score) -> met.put(code, score.met()));
        return met;
    }

    /** The audit's result goes to support staff (the label committee) for approval. */
    void recommend(ExcellenceScore score, String by, Instant now) {
        require(EnumSet.of(AssessmentStatus.AUDIT, AssessmentStatus.AGREEING_SCORES), "recommend a label");
        this.recommendation = score.recommendation();
        this.indicatorsMet = score.met();
        this.indicatorsScored = score.total();
        this.excellenceShare = score.share();
        this.recommendationReasons = String.join("\n", score.reasons());
        decisions.add(new Decision("RECOMMENDATION", score.recommendation().name(), String.join("; ", score.reasons()), by, now));
        this.status = AssessmentStatus.AWAITING_APPROVAL;
        this.updatedAt = now;
    }

    /** Support staff (the label committee) approve the recommendation, or send it back with their reasons. */
    void decide(boolean approve, String reason, String by, Instant now) {
        require(EnumSet.of(AssessmentStatus.AWAITING_APPROVAL), "decide on the label");
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.violated("A decision needs a reason",
                    List.of(Violation.at("reason", "rule.reason.missing", "Give a reason")));
        }
        if (approve) {
            decisions.add(new Decision("LABEL_COMMITTEE", "APPROVED " + recommendation, reason.strip(), by, now));
            this.status = recommendation == Recommendation.NONE ? AssessmentStatus.NOT_AWARDED : AssessmentStatus.COMPLETED;
            this.completedAt = now;
        } else {
            decisions.add(new Decision("LABEL_COMMITTEE", "SENT_BACK", reason.strip(), by, now));
            this.recommendation = null;
            this.status = level == LabelLevel.SILVER ? AssessmentStatus.AUDIT : AssessmentStatus.AGREEING_SCORES;
        }
        this.updatedAt = now;
    }

    /** The level of the label this assessment earns: its own, or for Silver and Gold the approved recommendation. */
    LabelLevel awardedLevel() {
        return recommendation == null ? level : recommendation.level().orElseThrow(
                () -> new IllegalStateChangeException("Assessment " + id + " earns no label"));
    }

    private List<Violation> auditDateProblems(LocalDate from, LocalDate until, LocalDate today, String fromField,
            String untilField) {
        List<Violation> problems = new ArrayList<>();
        if (until.isBefore(from)) {
            problems.add(Violation.at(untilField, "rule.audit.endsBeforeStart",
                    "The audit ends on " + until + ", before it starts on " + from, until, from));
        }
        if (until.isAfter(today)) {
            problems.add(Violation.at(untilField, "rule.audit.inFuture", "The audit date " + until + " is in the future", until));
        }
        if (from.isBefore(LocalDate.ofInstant(requestedAt, java.time.ZoneOffset.UTC))) {
            problems.add(Violation.at(fromField, "rule.audit.beforeRequest", "The audit date " + from + " is before the request", from));
        }
        return problems;
    }

    /** Every required code judged met or not with a note, and nothing else; {@code field} is the map's property. */
    private static List<Violation> judgementProblems(Map<String, Judgement> judgements, Set<String> required, String field,
            String what) {
        List<Violation> problems = new ArrayList<>();
        required.stream().filter(code -> !judgements.containsKey(code)).forEach(code -> problems.add(
                Violation.at(field + "[" + code + "].met", "rule.judgement.missing", what + code, code)));
        judgements.forEach((code, j) -> {
            if (!required.contains(code)) {
                problems.add(Violation.of("rule.judgement.unexpected", code + " is not expected here", code));
            } else if (j == null || j.met() == null || j.note() == null || j.note().isBlank()) {
                problems.add(Violation.at(field + "[" + code + "]." + (j == null || j.met() == null ? "met" : "note"),
                        "rule.judgement.incomplete", code + " needs met or not met and a note", code));
            }
        });
        return problems;
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
            throw BusinessRuleException.violated("A withdrawal needs a reason",
                    List.of(Violation.at("reason", "rule.reason.missing", "Give a reason")));
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

    public String getSecondExpertUsername() {
        return secondExpertUsername;
    }

    public boolean isRenewal() {
        return renewal;
    }

    public Long getPreviousAssessmentId() {
        return previousAssessmentId;
    }

    public Integer getAuditDays() {
        return auditDays;
    }

    public LocalDate getAuditUntil() {
        return auditUntil;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public Integer getIndicatorsMet() {
        return indicatorsMet;
    }

    public Integer getIndicatorsScored() {
        return indicatorsScored;
    }

    public BigDecimal getExcellenceShare() {
        return excellenceShare;
    }

    public List<String> getRecommendationReasons() {
        return recommendationReasons == null ? List.of() : List.of(recommendationReasons.split("\n"));
    }

    public List<ImprovementArea> getImprovementAreas() {
        return List.copyOf(improvementAreas);
    }

    public List<IndicatorScore> getScores() {
        return List.copyOf(scores);
    }

    public Map<String, FinalScore> getFinalScores() {
        return Map.copyOf(finalScores);
    }

    public List<Decision> getDecisions() {
        return List.copyOf(decisions);
    }

    public Map<String, ReportSection> getReportSections() {
        return Map.copyOf(reportSections);
    }
}
