package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.util.List;

/** A cluster's request is stored and its process started. */
public record AssessmentRequested(Long assessmentId, Long clusterId, LabelLevel level, boolean renewal, List<dk.ecei.shared.Violation> description) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "REQUESTED";
    }

    @Override
    public List<dk.ecei.shared.Violation> auditDetail() {
        return description;
    }

    /** Support staff assign the expert (a Bronze or Silver request) or wait for the gap analysis (Gold). */
    @Override
    public List<Notice> notices() {
        return List.of(Notice.toRole(Roles.SUPPORT_STAFF, null, Kind.REQUEST, renewal ? "notice.requested.renewal" : "notice.requested",
                link(), Notice.cluster(clusterId), Notice.text("level." + level.name())));
    }
}
