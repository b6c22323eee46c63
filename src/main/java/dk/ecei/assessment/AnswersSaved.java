package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.util.List;

/** The cluster saved draft answers to the named indicators. */
public record AnswersSaved(Long assessmentId, List<String> indicatorCodes) implements AssessmentEvent {

    @Override
    public String action() {
        return "ANSWERS_SAVED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.answers", String.join(",", indicatorCodes), String.join(", ", indicatorCodes)));
    }
}
