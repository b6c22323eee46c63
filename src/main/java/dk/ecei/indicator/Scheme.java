package dk.ecei.indicator;

/** Which questionnaire an indicator belongs to: the Bronze benchmark, or the Gold quality indicators. */
public enum Scheme {
    BRONZE, GOLD
}
