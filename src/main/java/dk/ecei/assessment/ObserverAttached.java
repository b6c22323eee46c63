package dk.ecei.assessment;

/** Support staff attached an observer to the assessment (read access, no scoring). */
public record ObserverAttached(Long assessmentId, Long clusterId, String observer, String organisation)
        implements AssessmentEvent {

    @Override
    public String action() {
        return "OBSERVER_ATTACHED";
    }

    @Override
    public String auditDetail() {
        return observer + " (" + organisation + ")";
    }
}
