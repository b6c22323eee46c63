package dk.ecei.assessment;

import java.util.List;

/** Silver: the cluster replaced its improvement areas (title and indicator codes of each). */
public record ImprovementAreasSaved(Long assessmentId, List<String> areas) implements AssessmentEvent {

    @Override
    public String action() {
        return "IMPROVEMENT_AREAS_SAVED";
    }

    @Override
    public String auditDetail() {
        return String.join("; ", areas);
    }
}
