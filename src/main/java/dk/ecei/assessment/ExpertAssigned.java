package dk.ecei.assessment;

import dk.ecei.shared.Notifying;
import dk.ecei.label.LabelLevel;
import java.time.LocalDate;
import java.util.List;

/** Support staff assigned the expert (Silver: the auditor; Gold: the two experts) and the planned date. */
public record ExpertAssigned(Long assessmentId, Long clusterId, LabelLevel level, List<String> experts, LocalDate plannedDate, Integer auditDays) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return experts.size() > 1 ? "EXPERTS_ASSIGNED" : "EXPERT_ASSIGNED";
    }

    @Override
    public String auditDetail() {
        return experts.size() > 1 ? experts.get(0) + " and " + experts.get(1) + ", " + auditDays + "-day audit planned from " + plannedDate
                : experts.get(0) + ", interview planned " + plannedDate;
    }

    @Override
    public List<Notice> notices() {
        return level == LabelLevel.GOLD
                ? Notice.toUsers(experts, "Gold-audit tildelt / Gold audit assigned", "Cluster " + clusterId + ", " + auditDays
                        + "-day audit planned from " + plannedDate, link())
                : List.of(Notice.toUser(experts.get(0), "Ny opgave tildelt / New assignment",
                        level + ", cluster " + clusterId + ", planned " + plannedDate, link()));
    }
}
