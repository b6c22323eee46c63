package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying;
import dk.ecei.shared.Notifying.Kind;
import java.util.List;

/**
 * Silver, Gold at a level without an approval step: the recommendation stands as made. With a label, the award that
 * follows ({@link LabelAwarded}) tells the cluster; without one, the cluster hears it here.
 */
public record RecommendationStood(Long assessmentId, Long clusterId, LabelLevel level, Recommendation recommendation)
        implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "RECOMMENDATION_STOOD";
    }

    @Override
    public String auditDetail() {
        return level + ": " + recommendation;
    }

    @Override
    public List<Notice> notices() {
        return recommendation == Recommendation.NONE
                ? List.of(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, Kind.RESULT, "notice.decision.noLabel", link(),
                        Notice.cluster(clusterId), Notice.text("recommendation." + recommendation.name())))
                : List.of();
    }
}
