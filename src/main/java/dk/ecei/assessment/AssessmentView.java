package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An assessment as its participants read it. */
public record AssessmentView(
        Long id,
        Long clusterId,
        String clusterName,
        LabelLevel level,
        AssessmentStatus status,
        String catalogueVersion,
        String requestedBy,
        Instant requestedAt,
        String expert,
        LocalDate plannedInterviewDate,
        LocalDate interviewDate,
        boolean assignmentEscalated,
        Map<String, Answer> answers,
        List<SuccessStory> successStories,
        List<Clarification> clarifications,
        Map<String, ReportSection> report,
        String reportSummary,
        Long labelId,
        String withdrawnBy,
        String withdrawalReason,
        String secondExpert,
        boolean renewal,
        Long previousAssessmentId,
        Integer auditDays,
        LocalDate auditUntil,
        List<ImprovementArea> improvementAreas,
        List<IndicatorScore> scores,
        Map<String, FinalScore> finalScores,
        Outcome outcome,
        List<Decision> decisions,
        List<ConflictWaiver> conflictWaivers,
        List<Observer> observers,
        List<String> waitingAt,
        Set<Action> allowedActions,
        long version) {

    /** Whether the reader may take this action now; templates ask {@code a.allows('SUBMIT')}. */
    public boolean allows(String action) {
        return allowedActions.contains(Action.valueOf(action));
    }

    /** Whether this user is one of the assessment's observers (who read it and act on nothing). */
    public boolean observedBy(String username) {
        return observers.stream().anyMatch(o -> o.username().equalsIgnoreCase(username));
    }

    public record Clarification(int round, List<String> indicatorCodes, String question, String askedBy, Instant askedAt,
            String response, String answeredBy, Instant answeredAt) {

        static Clarification of(ClarificationRound r) {
            return new Clarification(r.getRoundNo(), r.getIndicatorCodes(), r.getQuestion(), r.getAskedBy(),
                    r.getAskedAt(), r.getResponse(), r.getAnsweredBy(), r.getAnsweredAt());
        }
    }

    /**
     * A recommendation to the approval body: the label it supports, the score and why (a Silver or Gold audit's); a
     * Bronze report's has no score.
     */
    public record Outcome(Recommendation recommendation, Integer indicatorsMet, Integer indicatorsScored,
            java.math.BigDecimal excellenceShare, List<dk.ecei.shared.Violation> reasons) {

        static Outcome of(Assessment a) {
            if (a.getRecommendation() == null) {
                return null;
            }
            AuditedAssessment audited = a instanceof AuditedAssessment x ? x : null;
            return new Outcome(a.getRecommendation(), audited == null ? null : audited.getIndicatorsMet(),
                    audited == null ? null : audited.getIndicatorsScored(), audited == null ? null : audited.getExcellenceShare(),
                    a.getRecommendationReasons());
        }
    }

    /** One line per assessment for lists and inboxes. */
    public record Summary(Long id, Long clusterId, String clusterName, LabelLevel level, AssessmentStatus status,
            String expert, Instant requestedAt, Instant updatedAt) {
    }
}
