package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.label.LabelLevel;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Support staff assigned the expert (Silver: the auditor; Gold: the two experts) and the planned date. */
public record ExpertAssigned(Long assessmentId, Long clusterId, LabelLevel level, List<String> experts, LocalDate plannedDate, Integer auditDays) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return experts.size() > 1 ? "EXPERTS_ASSIGNED" : "EXPERT_ASSIGNED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(experts.size() > 1
                ? Violation.of("trail.detail.pairAssigned", experts.get(0) + " and " + experts.get(1) + ", " + auditDays
                        + "-day audit planned from " + plannedDate, Violation.person(experts.get(0)), Violation.person(experts.get(1)),
                        auditDays == null ? 1 : auditDays, plannedDate)
                : Violation.of("trail.detail.expertAssigned", experts.get(0) + ", interview planned " + plannedDate,
                        Violation.person(experts.get(0)), plannedDate));
    }

    /** The experts get the work; the cluster hears who comes and when. */
    @Override
    public List<Notice> notices() {
        List<Notice> notices = new ArrayList<>();
        Object level = Notice.text("level." + this.level.name());
        if (this.level == LabelLevel.GOLD) {
            notices.addAll(Notice.toUsers(experts, Kind.ASSIGNMENT, "notice.assigned.gold", link(),
                    Notice.cluster(clusterId), level, plannedDate, auditDays));
            notices.add(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, Kind.ASSIGNMENT, "notice.assigned.cluster.gold",
                    link(), Notice.cluster(clusterId), level, Notice.person(experts.get(0)), Notice.person(experts.get(1)),
                    plannedDate));
        } else {
            notices.add(Notice.toUser(experts.get(0), Kind.ASSIGNMENT, "notice.assigned.expert", link(),
                    Notice.cluster(clusterId), level, plannedDate));
            notices.add(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, Kind.ASSIGNMENT, "notice.assigned.cluster", link(),
                    Notice.cluster(clusterId), level, Notice.person(experts.get(0)), plannedDate));
        }
        return notices;
    }

}
