package dk.ecei.cluster;

/**
 * The orders the cluster register can be read in; the id breaks ties so that pages never overlap. Names are unique
 * (uk_cluster_name), so the name alone orders: the database then reads a page along the name's index and stops,
 * where "name, id" made it sort every row first.
 */
public enum ClusterSort {
    NAME("c.name"),
    REGION("case when c.region is null then 1 else 0 end, c.region, c.name, c.id"),
    UPDATED("c.updated_at desc, c.id");

    /** The order in SQL (MariaDB has no NULLS LAST: a region left out comes last). */
    final String sql;

    ClusterSort(String sql) {
        this.sql = sql;
    }
}
