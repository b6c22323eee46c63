package dk.ecei.label;

/** ACTIVE until its period ends (EXPIRED) or it is taken back early (WITHDRAWN). */
public enum LabelStatus {
    ACTIVE, EXPIRED, WITHDRAWN
}
