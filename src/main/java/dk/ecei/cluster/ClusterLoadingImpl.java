package dk.ecei.cluster;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/** The fragment of {@link ClusterRepository} that loads by many ids (Spring Data finds it by its name). */
class ClusterLoadingImpl implements ClusterLoading {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Cluster> loadAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Even unordered, Hibernate answers an id that does not exist with a null.
        return entityManager.unwrap(Session.class).byMultipleIds(Cluster.class).enableOrderedReturn(false)
                .multiLoad(List.copyOf(ids)).stream().filter(Objects::nonNull).toList();
    }
}
