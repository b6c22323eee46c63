package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.util.List;

/** Silver: the cluster replaced its improvement areas (title and indicator codes of each). */
public record ImprovementAreasSaved(Long assessmentId, List<String> areas) implements AssessmentEvent {

    @Override
    public String action() {
        return "IMPROVEMENT_AREAS_SAVED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.improvementAreas", String.join("; ", areas), String.join("; ", areas)));
    }
}
