package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.label.LabelLevel;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.time.LocalDate;
import java.util.List;

/** The assessment's label is in the register. */
public record LabelAwarded(Long assessmentId, Long clusterId, Long labelId, LabelLevel level, LocalDate validUntil) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "LABEL_AWARDED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.labelAwarded", level + " label " + labelId + " valid until " + validUntil,
                Violation.named("level." + level.name(), level.name()), labelId, validUntil));
    }

    @Override
    public List<Notice> notices() {
        return List.of(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, Kind.RESULT, "notice.labelAwarded", link(),
                Notice.cluster(clusterId), Notice.text("level." + level.name()), validUntil));
    }

}
