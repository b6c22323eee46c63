package dk.ecei.performance;

/** OPEN: cluster managers report; CLOSED: the year's figures are final. */
public enum CollectionStatus {
    OPEN, CLOSED
}
