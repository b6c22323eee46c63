package dk.ecei.assessment;

import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Gold assessment: the gap analysis on the cluster's answers, two experts, the self-assessment of every Gold
 * indicator with evidence covering the two previous years, each expert's score of every indicator, the agreed final
 * score where they differ, and the recommendation for the label committee.
 */
@Entity
@DiscriminatorValue("GOLD")
public class GoldAssessment extends AuditedAssessment {

    /** A Gold self-assessment comes "with documents covering the two previous years" (calendar years before submission). */
    static final int EVIDENCE_YEARS = 2;

    @Column(name = "second_expert_username")
    private String secondExpertUsername;

    @Column(name = "audit_days")
    private Integer auditDays;

    @ElementCollection
    @CollectionTable(name = "indicator_score", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<IndicatorScore> scores = new ArrayList<>();

    protected GoldAssessment() {
    }

    /**
     * A Gold assessment starts with the gap analysis. It keeps the previous Gold assessment for comparison and starts
     * from its answers when both use the same catalogue version.
     */
    GoldAssessment(Long clusterId, Long catalogueVersionId, String requestedBy, Instant now, GoldAssessment previous,
            boolean renewal) {
        super(clusterId, LabelLevel.GOLD, AssessmentStatus.PRE_CHECK, catalogueVersionId, requestedBy, now, renewal,
                previous == null ? null : previous.getId());
        if (previous != null && previous.getCatalogueVersionId().equals(catalogueVersionId)) {
            answers().putAll(previous.answers());
        }
    }

    @Override
    Set<AssessmentStatus> answersChangeableIn() {
        return EnumSet.of(AssessmentStatus.PRE_CHECK, AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT);
    }

    @Override
    AssessmentStatus sentBackTo() {
        return AssessmentStatus.AGREEING_SCORES;
    }

    @Override
    Set<AssessmentStatus> recommendableIn() {
        return EnumSet.of(AssessmentStatus.AUDIT, AssessmentStatus.AGREEING_SCORES);
    }

    @Override
    String secondExpert() {
        return secondExpertUsername;
    }

    /** The cluster has seen the gap analysis and goes on to the audit; the summary keeps what it saw. */
    void proceedAfterGapAnalysis(String summary, String by, Instant now) {
        require(EnumSet.of(AssessmentStatus.PRE_CHECK), "continueAfterGapAnalysis");
        decided(new Decision("GAP_ANALYSIS", "PROCEED", summary, by, now));
        moveTo(AssessmentStatus.REQUESTED, now);
        registerEvent(new GapAnalysisAccepted(getId(), getClusterId(), summary));
    }

    /** The two experts and the planned first audit day; a renewal audit takes fewer days. */
    void assignExperts(String first, String second, LocalDate plannedAuditDate, int auditDays, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED), "assignExperts");
        assign(first, plannedAuditDate);
        this.secondExpertUsername = second;
        this.auditDays = auditDays;
        moveTo(AssessmentStatus.SELF_ASSESSMENT, now);
        registerEvent(new ExpertAssigned(getId(), getClusterId(), getLevel(), experts(), plannedAuditDate, auditDays));
    }

    /** Every indicator answered, and evidence covering each of the two calendar years before {@code today}. */
    @Override
    List<Violation> missing(Collection<String> indicatorCodes, Set<Integer> yearsCovered, LocalDate today) {
        List<Violation> missing = missingAnswers(indicatorCodes);
        for (int year = today.getYear() - EVIDENCE_YEARS; year < today.getYear(); year++) {
            if (!yearsCovered.contains(year)) {
                // The year is a name, not an amount: passed as text so that no reader sees "2.025".
                missing.add(Violation.at("evidence", "rule.missing.evidenceYear", "Evidence covering " + year,
                        String.valueOf(year)));
            }
        }
        return missing;
    }

    void submit(Collection<String> indicatorCodes, Set<Integer> yearsCovered, LocalDate today, Instant now) {
        require(EnumSet.of(AssessmentStatus.SELF_ASSESSMENT), "submitSelfAssessment");
        List<Violation> missing = missing(indicatorCodes, yearsCovered, today);
        if (!missing.isEmpty()) {
            throw BusinessRuleException.violated("The self-assessment is not complete", missing);
        }
        moveTo(AssessmentStatus.AUDIT, now);
        registerEvent(new SelfAssessmentSubmitted(getId(), getClusterId(), getLevel(), experts(),
                answers().size()));
    }

    boolean hasScored(String expert) {
        return scores.stream().anyMatch(score -> score.scoredBy().equals(expert));
    }

    /** One expert's score of every indicator, met or not with a note, and the audit dates. */
    void recordScores(String expert, LocalDate from, LocalDate until, Map<String, Judgement> judgements,
            Set<String> indicatorCodes, LocalDate today, Instant now) {
        require(EnumSet.of(AssessmentStatus.AUDIT), "scoreIndicators");
        if (!isExpert(expert)) {
            throw BusinessRuleException.violated("Only the audit's experts score", List.of(Violation.of("rule.score.notAnExpert",
                    expert + " is not an expert of this audit", Violation.person(expert))));
        }
        List<Violation> problems = new ArrayList<>(auditDateProblems(from, until, today, "auditFrom", "auditUntil"));
        if (!until.isBefore(from) && auditDays != null && from.plusDays(auditDays - 1L).compareTo(until) != 0) {
            problems.add(Violation.at("auditUntil", "rule.audit.days", "This audit takes " + auditDays + " day"
                    + (auditDays == 1 ? "" : "s") + ", not " + from + " to " + until, auditDays, from, until));
        }
        if (getInterviewDate() != null && (!getInterviewDate().equals(from) || !getAuditUntil().equals(until))) {
            problems.add(Violation.at("auditFrom", "rule.audit.otherExpertDates", "The other expert recorded the audit from "
                    + getInterviewDate() + " to " + getAuditUntil(), getInterviewDate(), getAuditUntil()));
        }
        problems.addAll(judgementProblems(judgements, indicatorCodes, "scores", "Score for "));
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The scores were not saved", problems);
        }
        scores.removeIf(score -> score.scoredBy().equals(expert));
        judgements.forEach((code, j) -> scores.add(new IndicatorScore(code, expert, j.met(), j.note().strip(), now)));
        audited(from, until);
        registerEvent(new IndicatorsScored(getId(), expert, judgements.values().stream().filter(Judgement::met).count(),
                judgements.size(), from, until));
        if (bothScored()) {
            takeCommonScores(now);
            if (!differingIndicators().isEmpty()) {
                moveTo(AssessmentStatus.AGREEING_SCORES, now);
                registerEvent(new ScoresDiffered(getId(), getClusterId(), experts(), differingIndicators()));
            }
        }
    }

    boolean bothScored() {
        Set<String> scorers = new HashSet<>();
        scores.forEach(score -> scorers.add(score.scoredBy()));
        return scorers.contains(getExpertUsername()) && scorers.contains(secondExpertUsername);
    }

    /** Both experts have scored and agree on every indicator: the recommendation can follow at once. */
    boolean scoresAgree() {
        return bothScored() && differingIndicators().isEmpty();
    }

    /** The indicators the two experts scored differently. */
    List<String> differingIndicators() {
        Map<String, Set<Boolean>> byCode = new TreeMap<>();
        scores.forEach(score -> byCode.computeIfAbsent(score.indicatorCode(), c -> new HashSet<>()).add(score.met()));
        return byCode.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    private void takeCommonScores(Instant now) {
        finalScores().clear();
        Map<String, List<IndicatorScore>> byCode = new TreeMap<>();
        scores.forEach(score -> byCode.computeIfAbsent(score.indicatorCode(), c -> new ArrayList<>()).add(score));
        byCode.forEach((code, pair) -> {
            if (pair.stream().map(IndicatorScore::met).distinct().count() == 1) {
                String notes = String.join(" / ", pair.stream().map(s -> s.scoredBy() + ": " + s.note()).toList());
                finalScores().put(code, new FinalScore(pair.get(0).met(), notes,
                        getExpertUsername() + ", " + secondExpertUsername, now));
            }
        });
    }

    /**
     * The experts agree a final score, with a note, for every indicator they scored differently; after a send back
     * they may also revise any other final score.
     */
    void agreeFinalScores(Map<String, Judgement> agreed, Set<String> indicatorCodes, String by, Instant now) {
        require(EnumSet.of(AssessmentStatus.AGREEING_SCORES), "agreeFinalScores");
        List<Violation> problems = new ArrayList<>();
        differingIndicators().stream().filter(code -> !finalScores().containsKey(code) && !agreed.containsKey(code))
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
        agreed.forEach((code, j) -> finalScores().put(code, new FinalScore(j.met(), j.note().strip(), by, now)));
        registerEvent(new FinalScoresAgreed(getId(),
                agreed.entrySet().stream().filter(e -> e.getValue().met()).map(Map.Entry::getKey).sorted().toList(),
                agreed.entrySet().stream().filter(e -> !e.getValue().met()).map(Map.Entry::getKey).sorted().toList()));
    }

    public String getSecondExpertUsername() {
        return secondExpertUsername;
    }

    public Integer getAuditDays() {
        return auditDays;
    }

    public List<IndicatorScore> getScores() {
        return List.copyOf(scores);
    }
}
