package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.time.Duration;
import java.util.List;

/** A request waited longer than the setting for an expert. */
public record AssignmentEscalated(Long assessmentId, Long clusterId, Duration waited) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "ASSIGNMENT_ESCALATED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.escalated", "no expert assigned after " + waited, waited.toDays()));
    }

    @Override
    public List<Notice> notices() {
        return List.of(Notice.toRole(Roles.SUPPORT_STAFF, null, Kind.OVERDUE, "notice.escalated", link(),
                Notice.cluster(clusterId), waited.toDays()));
    }

}
