package dk.ecei.cluster;

/** The Danish cluster fields (fagområder) of the national performance account. */
public enum ClusterField {
    ENERGY("Energi", "Energy"),
    FOOD("Fødevarer", "Food"),
    CONSTRUCTION("Byggeri", "Construction"),
    ICT("IKT", "ICT"),
    ENVIRONMENT("Miljø", "Environment"),
    SERVICE("Service", "Service"),
    EXPERIENCE_ECONOMY_TOURISM("Oplevelsesøkonomi og turisme", "Experience economy and tourism"),
    PRODUCTION_MATERIALS_DESIGN("Produktion, materialer og design", "Production technology, materials and design"),
    HEALTH_MEDTECH("Sundhed og medicoteknik", "Health and medtech"),
    TRANSPORT("Transport", "Transport");

    private final String nameDa;
    private final String nameEn;

    ClusterField(String nameDa, String nameEn) {
        this.nameDa = nameDa;
        this.nameEn = nameEn;
    }

    public String nameDa() {
        return nameDa;
    }

    public String nameEn() {
        return nameEn;
    }
}
