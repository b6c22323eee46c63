package dk.ecei.indicator;

/** How a Gold indicator is judged met. */
public enum ThresholdOperator {
    /** A numeric answer of at least the threshold value. */
    AT_LEAST,
    /** A numeric answer of at most the threshold value. */
    AT_MOST,
    /** A yes. */
    YES,
    /** The experts' judgement against the guidance. */
    ASSESSED;

    public boolean needsValue() {
        return this == AT_LEAST || this == AT_MOST;
    }

    boolean fits(AnswerKind kind) {
        return switch (this) {
            case AT_LEAST, AT_MOST -> kind == AnswerKind.NUMBER || kind == AnswerKind.PERCENT;
            case YES -> kind == AnswerKind.YES_NO;
            case ASSESSED -> true;
        };
    }
}
