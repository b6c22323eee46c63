package dk.ecei.assessment;

import java.time.LocalDate;

/** Gold: one expert scored every indicator. */
public record IndicatorsScored(Long assessmentId, String expert, long met, int scored, LocalDate auditFrom, LocalDate auditUntil) implements AssessmentEvent {

    @Override
    public String action() {
        return "SCORED";
    }

    @Override
    public String auditDetail() {
        return expert + ": " + met + " of " + scored + " met, audit " + auditFrom + " to " + auditUntil;
    }
}
