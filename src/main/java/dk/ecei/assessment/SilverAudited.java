package dk.ecei.assessment;

import java.time.LocalDate;
import java.util.List;

/** Silver: the auditor recorded the on-site audit. */
public record SilverAudited(Long assessmentId, LocalDate auditDate, List<dk.ecei.shared.Violation> reasons) implements AssessmentEvent {

    @Override
    public String action() {
        return "AUDITED";
    }

    @Override
    public String auditDetail() {
        return "on site " + auditDate + "; " + String.join("; ", reasons.stream().map(dk.ecei.shared.Violation::defaultText).toList());
    }
}
