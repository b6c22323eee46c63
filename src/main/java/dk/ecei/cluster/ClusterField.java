package dk.ecei.cluster;

/**
 * The Danish cluster fields (fagområder) of the national performance account; their names in each language are the
 * messages {@code field.<VALUE>}.
 */
public enum ClusterField {
    ENERGY,
    FOOD,
    CONSTRUCTION,
    ICT,
    ENVIRONMENT,
    SERVICE,
    EXPERIENCE_ECONOMY_TOURISM,
    PRODUCTION_MATERIALS_DESIGN,
    HEALTH_MEDTECH,
    TRANSPORT
}
