package dk.ecei.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Clusters by many ids through Hibernate's own loader, whose SQL is built once. */
interface ClusterLoading {

    /**
     * The clusters of the ids that exist, in no particular order, with their fields; those the transaction has read
     * already come from its persistence context. A query with a list parameter ({@code where c.id in :ids}) is
     * translated afresh on every call: Hibernate keeps no plan for a query whose parameter binds a list.
     */
    List<Cluster> loadAll(Collection<Long> ids);

    /**
     * The name of one cluster: from the persistence context where the transaction has read the cluster already,
     * otherwise its name alone (no entity, no fields). Empty where no such cluster exists.
     */
    Optional<String> nameOf(Long id);
}
