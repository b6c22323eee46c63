package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.util.Optional;

/** What a Silver audit or a Gold audit recommends to the label committee. */
public enum Recommendation {
    GOLD, SILVER, NONE;

    public Optional<LabelLevel> level() {
        return this == NONE ? Optional.empty() : Optional.of(LabelLevel.valueOf(name()));
    }
}
