package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.label.LabelLevel;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.util.List;

/** Silver, Gold: the audit's recommendation goes to the label committee; Bronze: the report's, where the body approves Bronze. */
public record RecommendationMade(Long assessmentId, Long clusterId, LabelLevel level, Recommendation recommendation, List<Violation> reasons,
        boolean awaitsApproval) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "RECOMMENDED";
    }

    @Override
    public List<Violation> auditDetail() {
        List<Violation> detail = new java.util.ArrayList<>();
        detail.add(Violation.of("trail.detail.recommended", recommendation + ": ",
                Violation.named("recommendation." + recommendation.name(), recommendation.name())));
        detail.addAll(reasons);
        return detail;
    }

    /**
     * The label committee (support staff) must decide, unless the level has no approval step; the cluster hears that
     * the report is ready.
     */
    @Override
    public List<Notice> notices() {
        Object level = Notice.text("level." + this.level.name());
        Object recommended = Notice.text("recommendation." + recommendation.name());
        Notice ready = Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, Kind.RESULT, "notice.recommendation.ready", link(),
                Notice.cluster(clusterId), level);
        Notice approve = Notice.toRole(Roles.SUPPORT_STAFF, null, Kind.APPROVAL, "notice.recommendation.approve",
                "/assessments/" + assessmentId + "/decision", Notice.cluster(clusterId), level, recommended);
        if (this.level == LabelLevel.BRONZE) {
            // The Bronze report's own event (ReportWritten) already told the cluster that the report is ready.
            return List.of(approve);
        }
        return !awaitsApproval ? List.of(ready) : List.of(approve, ready);
    }

}
