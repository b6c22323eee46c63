package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
        List<String> waitingAt,
        long version) {

    public record Clarification(int round, List<String> indicatorCodes, String question, String askedBy, Instant askedAt,
            String response, String answeredBy, Instant answeredAt) {

        static Clarification of(ClarificationRound r) {
            return new Clarification(r.getRoundNo(), r.getIndicatorCodes(), r.getQuestion(), r.getAskedBy(),
                    r.getAskedAt(), r.getResponse(), r.getAnsweredBy(), r.getAnsweredAt());
        }
    }

    /** One line per assessment for lists and inboxes. */
    public record Summary(Long id, Long clusterId, String clusterName, LabelLevel level, AssessmentStatus status,
            String expert, Instant requestedAt, Instant updatedAt) {
    }
}
