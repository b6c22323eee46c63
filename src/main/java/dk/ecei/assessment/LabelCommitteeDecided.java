package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.util.List;

/** Silver, Gold: support staff (the label committee) approved the recommendation or sent it back, maybe at a meeting. */
public record LabelCommitteeDecided(Long assessmentId, Long clusterId, boolean approved, Recommendation recommendation, String reason, List<String> experts,
        List<Violation> recommendationReasons, Meeting meeting) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return approved ? "APPROVED" : "SENT_BACK";
    }

    @Override
    public List<Violation> auditDetail() {
        List<Violation> detail = new java.util.ArrayList<>();
        if (approved) {
            detail.add(Violation.of("trail.detail.recommended", recommendation + ": ",
                    Violation.named("recommendation." + recommendation.name(), recommendation.name())));
        }
        detail.add(Violation.text(reason));
        if (meeting != null) {
            detail.add(Violation.of("trail.detail.meeting", " (" + meeting.name() + ", " + meeting.date() + ")",
                    meeting.name(), meeting.date()));
        }
        return detail;
    }

    /**
     * Sent back: the experts redo their part. Approved without a label: the cluster hears the decision; approved with
     * one, the award that follows ({@link LabelAwarded}) tells it, so it does not hear the same decision twice.
     */
    @Override
    public List<Notice> notices() {
        if (!approved) {
            return Notice.toUsers(experts, Kind.RESULT, "notice.decision.sentBack", link(), Notice.cluster(clusterId), reason);
        }
        return recommendation == Recommendation.NONE
                ? List.of(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, Kind.RESULT, "notice.decision.noLabel", link(),
                        Notice.cluster(clusterId), Notice.text("recommendation." + recommendation.name())))
                : List.of();
    }

}
