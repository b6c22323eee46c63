package dk.ecei.assessment;

import java.util.Collection;
import java.util.List;

/** Assessments by many ids through Hibernate's own loader, whose SQL is built once. */
interface AssessmentLoading {

    /**
     * The assessments of the ids that exist, in no particular order; those the transaction has read already come from
     * its persistence context. {@code findAllById} is a criteria query with a list parameter, which Hibernate plans
     * afresh on every call (a sixth of an inbox request's time with 500 open tasks).
     */
    List<Assessment> loadAll(Collection<Long> ids);
}
