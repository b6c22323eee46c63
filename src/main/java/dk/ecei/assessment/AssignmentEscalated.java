package dk.ecei.assessment;

import dk.ecei.shared.Notifying;
import dk.ecei.security.Roles;
import java.util.List;
import java.time.Duration;

/** A request waited longer than the setting for an expert. */
public record AssignmentEscalated(Long assessmentId, Long clusterId, Duration waited) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "ASSIGNMENT_ESCALATED";
    }

    @Override
    public String auditDetail() {
        return "no expert assigned after " + waited;
    }

    @Override
    public List<Notice> notices() {
        return List.of(Notice.toRole(Roles.SUPPORT_STAFF, null, "Benchmark venter på ekspert / Benchmark waits for an expert",
                "Assessment " + assessmentId + " of cluster " + clusterId + " has no expert after " + waited.toDays() + " days",
                link()));
    }
}
