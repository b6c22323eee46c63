package dk.ecei.assessment;

import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What Silver and Gold share: an on-site audit that ends in final scores and a recommendation, which support staff
 * (the label committee) approve or send back (the approval's moves are the shared core's, the same for Bronze); a
 * renewal remembers the assessment it renews.
 */
@Entity
public abstract class AuditedAssessment extends Assessment {

    @Column(nullable = false)
    private boolean renewal;

    @Column(name = "previous_assessment_id")
    private Long previousAssessmentId;

    @Column(name = "audit_until")
    private LocalDate auditUntil;

    @Column(name = "indicators_met")
    private Integer indicatorsMet;

    @Column(name = "indicators_scored")
    private Integer indicatorsScored;

    @Column(name = "excellence_share")
    private BigDecimal excellenceShare;

    @Column(name = "recommendation_reasons")
    private String recommendationReasons;

    @ElementCollection
    @CollectionTable(name = "final_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "indicator_code")
    private Map<String, FinalScore> finalScores = new TreeMap<>();

    protected AuditedAssessment() {
    }

    protected AuditedAssessment(Long clusterId, LabelLevel level, AssessmentStatus initial, Long catalogueVersionId,
            String requestedBy, Instant now, boolean renewal, Long previousAssessmentId) {
        super(clusterId, level, initial, catalogueVersionId, requestedBy, now);
        this.renewal = renewal;
        this.previousAssessmentId = previousAssessmentId;
    }

    /** Where the recommendation may be made from. */
    Set<AssessmentStatus> recommendableIn() {
        return EnumSet.of(AssessmentStatus.AUDIT);
    }

    /** The audit's result goes to support staff (the label committee) for approval. */
    void recommend(ExcellenceScore score, String by, Instant now) {
        recommend(score, by, now, true);
    }

    /** The audit's result; {@code awaitsApproval} false: the level has no approval step, nobody is asked to decide. */
    void recommend(ExcellenceScore score, String by, Instant now, boolean awaitsApproval) {
        require(recommendableIn(), "recommendLabel");
        this.indicatorsMet = score.met();
        this.indicatorsScored = score.total();
        this.excellenceShare = score.share();
        // Stored as codes with their figures, so that each reader reads the reasons in their language.
        this.recommendationReasons = Violation.stored(score.reasons());
        decided(new Decision("RECOMMENDATION", score.recommendation().name(), Violation.stored(score.reasons()), by, now));
        awaitApproval(score.recommendation(), now);
        registerEvent(new RecommendationMade(getId(), getClusterId(), getLevel(), score.recommendation(), score.reasons(),
                awaitsApproval));
    }

    /** The approved recommendation's level. */
    @Override
    LabelLevel awardedLevel() {
        return getRecommendation() == null ? getLevel() : getRecommendation().level().orElseThrow(
                () -> IllegalStateChangeException.of("noLabelEarned", String.valueOf(getId())));
    }

    /** The final met/not met per indicator, as the score reads it. */
    Map<String, Boolean> finalMet() {
        Map<String, Boolean> met = new TreeMap<>();
        finalScores.forEach((code, score) -> met.put(code, score.met()));
        return met;
    }

    protected final Map<String, FinalScore> finalScores() {
        return finalScores;
    }

    protected final void audited(LocalDate from, LocalDate until) {
        held(from);
        this.auditUntil = until;
    }

    protected final List<Violation> auditDateProblems(LocalDate from, LocalDate until, LocalDate today, String fromField,
            String untilField) {
        List<Violation> problems = new ArrayList<>();
        if (until.isBefore(from)) {
            problems.add(Violation.at(untilField, "rule.audit.endsBeforeStart",
                    "The audit ends on " + until + ", before it starts on " + from, until, from));
        }
        if (until.isAfter(today)) {
            problems.add(Violation.at(untilField, "rule.audit.inFuture", "The audit date " + until + " is in the future", until));
        }
        if (from.isBefore(requestDay())) {
            problems.add(Violation.at(fromField, "rule.audit.beforeRequest", "The audit date " + from + " is before the request", from));
        }
        return problems;
    }

    /** Every required code judged met or not with a note, and nothing else; {@code field} is the map's property. */
    protected static List<Violation> judgementProblems(Map<String, Judgement> judgements, Set<String> required, String field,
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

    @Override
    public boolean isRenewal() {
        return renewal;
    }

    public Long getPreviousAssessmentId() {
        return previousAssessmentId;
    }

    public LocalDate getAuditUntil() {
        return auditUntil;
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

    /** The reasons as codes with their figures; a recommendation stored before as English lines gives those lines. */
    @Override
    public List<Violation> getRecommendationReasons() {
        if (recommendationReasons == null || recommendationReasons.isEmpty()) {
            return List.of();
        }
        List<Violation> coded = Violation.fromStored(recommendationReasons);
        return !coded.isEmpty() ? coded : java.util.Arrays.stream(recommendationReasons.split("\n")).map(Violation::text).toList();
    }

    public Map<String, FinalScore> getFinalScores() {
        return Map.copyOf(finalScores);
    }
}
