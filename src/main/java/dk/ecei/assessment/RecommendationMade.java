package dk.ecei.assessment;

import dk.ecei.shared.Notifying;
import dk.ecei.security.Roles;
import dk.ecei.label.LabelLevel;
import java.util.List;

/** Silver, Gold: the audit's recommendation goes to the label committee. */
public record RecommendationMade(Long assessmentId, Long clusterId, LabelLevel level, Recommendation recommendation, List<String> reasons) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "RECOMMENDED";
    }

    @Override
    public String auditDetail() {
        return recommendation + ": " + String.join("; ", reasons);
    }

    @Override
    public List<Notice> notices() {
        return List.of(Notice.toRole(Roles.SUPPORT_STAFF, null, "Indstilling til godkendelse / Recommendation to approve",
                "Assessment " + assessmentId + " recommends " + recommendation, link()));
    }
}
