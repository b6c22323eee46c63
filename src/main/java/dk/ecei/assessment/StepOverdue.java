package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A Silver or Gold human task passed its due date (the task stays open); who held it when it did. */
public record StepOverdue(Long assessmentId, Long clusterId, String taskKey, String taskName, Instant due, String assignee,
        Set<String> candidateGroups) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "DEADLINE_PASSED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.overdue", taskKey + " due " + due,
                Violation.named("step." + taskKey, taskName == null ? taskKey : taskName),
                due.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate()));
    }

    /** A reminder to whoever holds the task (or its groups), and word to support staff. */
    /** A reminder to whoever holds the task (or its groups), and word to support staff. */
    @Override
    public List<Notice> notices() {
        Object[] arguments = {Notice.cluster(clusterId), Notice.text("step." + taskKey), due};
        List<Notice> notices = new ArrayList<>();
        if (assignee != null) {
            notices.add(Notice.toUser(assignee, Kind.OVERDUE, "notice.overdue", link(), arguments));
        } else {
            candidateGroups.stream().filter(group -> !Roles.SUPPORT_STAFF.equals(group))
                    .forEach(group -> notices.add(Notice.toRole(group, Roles.CLUSTER_MANAGER.equals(group) ? clusterId : null,
                            Kind.OVERDUE, "notice.overdue", link(), arguments)));
        }
        notices.add(Notice.toRole(Roles.SUPPORT_STAFF, null, Kind.OVERDUE, "notice.overdue.support", link(), arguments));
        return notices;
    }

}
