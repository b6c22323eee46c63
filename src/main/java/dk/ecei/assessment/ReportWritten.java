package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.security.Roles;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.time.LocalDate;
import java.util.List;

/** The Bronze expert wrote the report after the interview. */
public record ReportWritten(Long assessmentId, Long clusterId, LocalDate interviewDate) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "REPORTED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.reported", "interview " + interviewDate, interviewDate));
    }

    @Override
    public List<Notice> notices() {
        return List.of(Notice.toRole(Roles.CLUSTER_MANAGER, clusterId, Kind.RESULT, "notice.reportReady", link(),
                Notice.cluster(clusterId), interviewDate));
    }
}
