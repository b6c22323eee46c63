package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.util.List;

/** Support staff attached an observer to the assessment (read access, no scoring). */
public record ObserverAttached(Long assessmentId, Long clusterId, String observer, String organisation)
        implements AssessmentEvent {

    @Override
    public String action() {
        return "OBSERVER_ATTACHED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.observerAttached", observer + " (" + organisation + ")",
                Violation.person(observer), organisation));
    }
}
