package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;

/** A cluster's request is stored and its process started. */
public record AssessmentRequested(Long assessmentId, Long clusterId, LabelLevel level, boolean renewal, String description) implements AssessmentEvent {

    @Override
    public String action() {
        return "REQUESTED";
    }

    @Override
    public String auditDetail() {
        return description;
    }
}
