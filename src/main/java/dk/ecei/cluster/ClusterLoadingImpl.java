package dk.ecei.cluster;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.Session;

/** The fragment of {@link ClusterRepository} that loads by many ids and names one (Spring Data finds it by its name). */
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

    @Override
    public Optional<String> nameOf(Long id) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        EntityKey key = session.generateEntityKey(id, session.getEntityPersister(Cluster.class.getName(), null));
        if (session.getPersistenceContextInternal().getEntity(key) instanceof Cluster read) {
            return Optional.of(read.getName());
        }
        return entityManager.createQuery("select c.name from Cluster c where c.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }
}
