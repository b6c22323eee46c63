package dk.ecei.indicator;

/** The kind of answer an indicator expects. */
public enum AnswerKind {
    NUMBER, PERCENT, YES_NO, TEXT
}
