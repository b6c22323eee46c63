package dk.ecei.cluster;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
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
        return entityManager.unwrap(Session.class).byMultipleIds(Cluster.class).enableOrderedReturn(false)
                .multiLoad(List.copyOf(ids));
    }
}
