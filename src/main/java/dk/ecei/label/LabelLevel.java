package dk.ecei.label;

/** The three ECEI quality labels, lowest first. */
public enum LabelLevel {
    BRONZE, SILVER, GOLD
}
