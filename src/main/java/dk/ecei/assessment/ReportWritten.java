package dk.ecei.assessment;

import java.time.LocalDate;

/** The Bronze expert wrote the report after the interview. */
public record ReportWritten(Long assessmentId, LocalDate interviewDate) implements AssessmentEvent {

    @Override
    public String action() {
        return "REPORTED";
    }

    @Override
    public String auditDetail() {
        return "interview " + interviewDate;
    }
}
