package dk.ecei.assessment;


/** The cluster replaced its success stories. */
public record SuccessStoriesSaved(Long assessmentId, int stories) implements AssessmentEvent {

    @Override
    public String action() {
        return "SUCCESS_STORIES_SAVED";
    }

    @Override
    public String auditDetail() {
        return stories + " stories";
    }
}
