package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.util.List;

/** The expert saved a draft of the Bronze report; nothing moves on until the report is written. */
public record ReportDraftSaved(Long assessmentId, List<String> groups) implements AssessmentEvent {

    @Override
    public String action() {
        return "REPORT_DRAFT_SAVED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.reportDraft", String.join(",", groups), String.join(", ", groups)));
    }
}
