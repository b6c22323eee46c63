package dk.ecei.document;

/**
 * The groups a cluster is compared with. The register is national, so "the same country" is every benchmarked
 * cluster in it ({@link #COUNTRY}); the region is the nearer geographic group that a national register can offer.
 */
public enum PeerGroup {
    /** Clusters sharing at least one field with the cluster. */
    FIELD,
    /** Clusters of the same region. */
    REGION,
    /** Every benchmarked cluster of the (national) register. */
    COUNTRY,
    /** Clusters holding a Gold label today: the "cluster excellence group". */
    GOLD
}
