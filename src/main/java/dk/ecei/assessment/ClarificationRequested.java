package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.util.List;

/** The Bronze expert asked the cluster about named indicators. */
public record ClarificationRequested(Long assessmentId, Long clusterId, int round, List<String> indicatorCodes, String question) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "CLARIFICATION_REQUESTED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.clarificationRequested", "round " + round + " on " + indicatorCodes,
                round, String.join(", ", indicatorCodes)));
    }

    @Override
    public List<Notice> notices() {
        return List.of(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, Kind.CLARIFICATION, "notice.clarification.requested",
                link(), Notice.cluster(clusterId), round, question));
    }

}
