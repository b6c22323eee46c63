package dk.ecei.assessment;

import dk.ecei.shared.Violation;

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
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.recommendationStood", level + ": " + recommendation,
                Violation.named("level." + level.name(), level.name()),
                Violation.named("recommendation." + recommendation.name(), recommendation.name())));
    }

    @Override
    public List<Notice> notices() {
        return recommendation == Recommendation.NONE
                ? List.of(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, Kind.RESULT, "notice.decision.noLabel", link(),
                        Notice.cluster(clusterId), Notice.text("recommendation." + recommendation.name())))
                : List.of();
    }
}
