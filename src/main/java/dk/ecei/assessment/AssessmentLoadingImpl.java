package dk.ecei.assessment;

import dk.ecei.shared.ManyIds;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** The fragment of {@link AssessmentRepository} that loads by many ids (Spring Data finds it by its name). */
class AssessmentLoadingImpl implements AssessmentLoading {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Assessment> loadAll(Collection<Long> ids) {
        return ManyIds.load(entityManager, Assessment.class, ids);
    }
}
