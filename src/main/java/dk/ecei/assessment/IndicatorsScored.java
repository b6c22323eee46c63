package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import java.util.List;
import java.time.LocalDate;

/** Gold: one expert scored every indicator. */
public record IndicatorsScored(Long assessmentId, String expert, long met, int scored, LocalDate auditFrom, LocalDate auditUntil) implements AssessmentEvent {

    @Override
    public String action() {
        return "SCORED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(Violation.of("trail.detail.scored", expert + ": " + met + " of " + scored + " met, audit " + auditFrom
                + " to " + auditUntil, Violation.person(expert), met, scored, auditFrom, auditUntil));
    }
}
