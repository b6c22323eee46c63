package dk.ecei.cluster;

import dk.ecei.shared.ManyIds;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SessionImplementor;

/** The fragment of {@link ClusterRepository} that loads by many ids and names one (Spring Data finds it by its name). */
class ClusterLoadingImpl implements ClusterLoading {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Cluster> loadAll(Collection<Long> ids) {
        return ManyIds.load(entityManager, Cluster.class, ids);
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
