package dk.ecei.assessment;

import dk.ecei.shared.Notifying;
import dk.ecei.security.Roles;
import java.util.List;
import dk.ecei.label.LabelLevel;
import java.time.LocalDate;

/** The assessment's label is in the register. */
public record LabelAwarded(Long assessmentId, Long clusterId, Long labelId, LabelLevel level, LocalDate validUntil) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "LABEL_AWARDED";
    }

    @Override
    public String auditDetail() {
        return level + " label " + labelId + " valid until " + validUntil;
    }

    @Override
    public List<Notice> notices() {
        return List.of(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, "Mærke tildelt / Label awarded",
                level + " label valid until " + validUntil, link()));
    }
}
