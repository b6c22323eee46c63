package dk.ecei.assessment;

import java.util.List;

/** The cluster saved draft answers to the named indicators. */
public record AnswersSaved(Long assessmentId, List<String> indicatorCodes) implements AssessmentEvent {

    @Override
    public String action() {
        return "ANSWERS_SAVED";
    }

    @Override
    public String auditDetail() {
        return String.join(",", indicatorCodes);
    }
}
