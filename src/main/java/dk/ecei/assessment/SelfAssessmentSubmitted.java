package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.util.List;

/** The cluster submitted its self-assessment (Silver: its improvement areas); the experts take over. */
public record SelfAssessmentSubmitted(Long assessmentId, Long clusterId, LabelLevel level, List<String> experts, int count) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "SUBMITTED";
    }

    @Override
    public List<dk.ecei.shared.Violation> auditDetail() {
        return List.of(level == LabelLevel.SILVER
                ? dk.ecei.shared.Violation.of("trail.detail.submittedAreas", count + " improvement areas", count)
                : dk.ecei.shared.Violation.of("trail.detail.submittedAnswers", count + " answers", count));
    }

    @Override
    public List<Notice> notices() {
        return Notice.toUsers(experts, Kind.ASSIGNMENT, "notice.submitted", link(), Notice.cluster(clusterId),
                Notice.text("level." + level.name()));
    }

}
