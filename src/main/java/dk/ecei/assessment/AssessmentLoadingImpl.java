package dk.ecei.assessment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/** The fragment of {@link AssessmentRepository} that loads by many ids (Spring Data finds it by its name). */
class AssessmentLoadingImpl implements AssessmentLoading {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Assessment> loadAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Even unordered, Hibernate answers an id that does not exist with a null.
        return entityManager.unwrap(Session.class).byMultipleIds(Assessment.class).enableOrderedReturn(false)
                .multiLoad(List.copyOf(ids)).stream().filter(Objects::nonNull).toList();
    }
}
