package dk.ecei.cluster;

import java.util.Collection;
import java.util.List;

/** Clusters by many ids through Hibernate's own loader, whose SQL is built once. */
interface ClusterLoading {

    /**
     * The clusters of the ids that exist, in no particular order, with their fields; those the transaction has read
     * already come from its persistence context. A query with a list parameter ({@code where c.id in :ids}) is
     * translated afresh on every call: Hibernate keeps no plan for a query whose parameter binds a list.
     */
    List<Cluster> loadAll(Collection<Long> ids);
}
