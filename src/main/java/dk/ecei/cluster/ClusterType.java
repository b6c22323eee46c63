package dk.ecei.cluster;

/** How a cluster organisation is placed in the national programme. */
public enum ClusterType {
    /** A national innovation network co-financed by the state (2014-2018 programme). */
    NATIONAL_INNOVATION_NETWORK,
    /** One of the national clusters of the 2021-2024 strategy. */
    NATIONAL_CLUSTER,
    /** A cluster with a regional or local base, financed by regions, municipalities or members. */
    REGIONAL_CLUSTER
}
