package dk.ecei.document;

import dk.ecei.label.LabelLevel;
import java.time.LocalDate;

/**
 * What the public verification tells about a certificate number: the holder, the level and period printed on it and
 * whether it holds today. Nothing else (no assessment, no people, no other labels).
 */
public record Verification(String number, String clusterName, LabelLevel level, LocalDate validFrom,
        LocalDate validUntil, State state, LocalDate checkedOn) {

    public enum State {
        VALID, EXPIRED, WITHDRAWN, NOT_YET_VALID
    }
}
