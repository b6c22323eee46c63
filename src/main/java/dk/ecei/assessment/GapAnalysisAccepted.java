package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.util.List;

/** Gold: the cluster saw the gap analysis and goes on to the audit. */
public record GapAnalysisAccepted(Long assessmentId, Long clusterId, String summary) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "GAP_ANALYSIS_ACCEPTED";
    }

    @Override
    public List<Violation> auditDetail() {
        List<Violation> coded = Violation.fromStored(summary);
        return coded.isEmpty() ? List.of(Violation.text(summary)) : coded;
    }

    @Override
    public List<Notice> notices() {
        return List.of(Notice.toRole(Roles.SUPPORT_STAFF, null, Kind.REQUEST, "notice.gapAccepted", link(),
                Notice.cluster(clusterId)));
    }

}
