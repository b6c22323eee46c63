package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.util.Optional;

/** What a Silver or Gold audit (or a Bronze report where the body approves Bronze) recommends to the approval body. */
public enum Recommendation {
    GOLD, SILVER, BRONZE, NONE;

    public Optional<LabelLevel> level() {
        return this == NONE ? Optional.empty() : Optional.of(LabelLevel.valueOf(name()));
    }
}
