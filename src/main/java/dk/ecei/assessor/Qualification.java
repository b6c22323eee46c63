package dk.ecei.assessor;

/** What an assessor is trained and certified to do; each is held until a date and renewed by support staff. */
public enum Qualification {
    /** ECEI Cluster Benchmarking Expert: runs Bronze benchmarks. */
    BENCHMARKING_EXPERT,
    /** Audits the improvement areas and the minimum requirements for Silver. */
    SILVER_AUDITOR,
    /** An experienced expert who audits for Gold, one of two on site. */
    GOLD_ASSESSOR
}
