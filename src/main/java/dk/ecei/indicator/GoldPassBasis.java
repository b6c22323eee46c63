package dk.ecei.indicator;

/** What a catalogue version's Gold pass share is a share of. */
public enum GoldPassBasis {
    /** ECEI: the share of the Gold indicators that are met. */
    INDICATORS_MET,
    /** Baden-Wuerttemberg style: the share of the maximum points, each indicator worth its points when met. */
    POINTS
}
