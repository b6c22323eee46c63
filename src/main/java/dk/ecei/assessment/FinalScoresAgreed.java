package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.util.List;

/** Gold: the lead expert recorded the agreed final scores: which indicators are met and which are not. */
public record FinalScoresAgreed(Long assessmentId, List<String> met, List<String> notMet) implements AssessmentEvent {

    @Override
    public String action() {
        return "FINAL_SCORES_AGREED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.finalScores", "met: " + String.join(", ", met) + "; not met: "
                + String.join(", ", notMet), met.size(), String.join(", ", met), notMet.size(), String.join(", ", notMet)));
    }
}
