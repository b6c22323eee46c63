package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.util.List;

/** The cluster replaced its success stories. */
public record SuccessStoriesSaved(Long assessmentId, int stories) implements AssessmentEvent {

    @Override
    public String action() {
        return "SUCCESS_STORIES_SAVED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.stories", stories + " stories", stories));
    }
}
