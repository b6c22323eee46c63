package dk.ecei.assessment;

import dk.ecei.shared.AuditedChange;

/** A step of an assessment that other modules may react to; each one is also an entry of the audit trail. */
public interface AssessmentEvent extends AuditedChange {

    Long assessmentId();

    @Override
    default String aggregateType() {
        return AssessmentService.AGGREGATE;
    }

    @Override
    default Long aggregateId() {
        return assessmentId();
    }

    /** Where a notice about the assessment points to: its page, which lists the open steps and who holds them. */
    default String link() {
        return "/assessments/" + assessmentId();
    }
}
