package dk.ecei.indicator;

/** A version is published once and stays readable for the assessments that use it. */
public enum CatalogueStatus {
    PUBLISHED, RETIRED
}
