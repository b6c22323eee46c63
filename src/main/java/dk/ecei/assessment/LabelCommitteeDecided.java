package dk.ecei.assessment;

import dk.ecei.shared.Notifying;
import dk.ecei.security.Roles;
import java.util.List;

/** Silver, Gold: support staff (the label committee) approved the recommendation or sent it back. */
public record LabelCommitteeDecided(Long assessmentId, Long clusterId, boolean approved, Recommendation recommendation, String reason, List<String> experts,
        List<String> recommendationReasons) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return approved ? "APPROVED" : "SENT_BACK";
    }

    @Override
    public String auditDetail() {
        return (approved ? recommendation + ": " : "") + reason;
    }

    @Override
    public List<Notice> notices() {
        return !approved ? Notice.toUsers(experts, "Sendt tilbage / Sent back", reason, link())
                : recommendation == Recommendation.NONE
                        ? List.of(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, "Intet mærke / No label",
                                String.join("; ", recommendationReasons), link()))
                        : List.of();
    }
}
