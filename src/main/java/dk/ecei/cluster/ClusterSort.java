package dk.ecei.cluster;

import org.springframework.data.domain.Sort;

/**
 * The orders the cluster register can be read in; the id breaks ties so that pages never overlap. Names are unique
 * (uk_cluster_name), so the name alone orders: the database then reads a page along the name's index and stops,
 * where "name, id" made it sort every row first.
 */
public enum ClusterSort {
    NAME(Sort.by("name"), "c.name"),
    REGION(Sort.by(Sort.Order.asc("region").nullsLast(), Sort.Order.asc("name"), Sort.Order.asc("id")),
            "case when c.region is null then 1 else 0 end, c.region, c.name, c.id"),
    UPDATED(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id")), "c.updated_at desc, c.id");

    final Sort sort;
    /** The same order in SQL (MariaDB has no NULLS LAST), for the search that reads its page and total at once. */
    final String sql;

    ClusterSort(Sort sort, String sql) {
        this.sort = sort;
        this.sql = sql;
    }
}
