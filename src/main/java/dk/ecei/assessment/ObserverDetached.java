package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.util.List;

/** Support staff detached an observer from the assessment: their read access ends. */
public record ObserverDetached(Long assessmentId, Long clusterId, String observer, String organisation)
        implements AssessmentEvent {

    @Override
    public String action() {
        return "OBSERVER_DETACHED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.observerDetached", observer + " (" + organisation + ")",
                Violation.person(observer), organisation));
    }
}
