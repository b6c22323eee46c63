package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.time.LocalDate;
import java.util.List;

/** Silver: the auditor recorded the on-site audit. */
public record SilverAudited(Long assessmentId, LocalDate auditDate, List<Violation> reasons) implements AssessmentEvent {

    @Override
    public String action() {
        return "AUDITED";
    }

    @Override
    public List<Violation> auditDetail() {
        List<Violation> detail = new java.util.ArrayList<>();
        detail.add(Violation.of("trail.detail.silverAudited", "on site " + auditDate + "; ", auditDate));
        detail.addAll(reasons);
        return detail;
    }
}
