package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.util.List;

/** Gold: both experts scored and differ on the named indicators. */
public record ScoresDiffered(Long assessmentId, Long clusterId, List<String> experts, List<String> indicatorCodes) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "SCORES_DIFFER";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.scoresDiffered", String.join(", ", indicatorCodes), String.join(", ", indicatorCodes)));
    }

    @Override
    public List<Notice> notices() {
        return Notice.toUsers(experts, Kind.ASSIGNMENT, "notice.scoresDiffer", "/assessments/" + assessmentId + "/final-scores",
                Notice.cluster(clusterId), String.join(", ", indicatorCodes));
    }

}
