package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.indicator.AnswerKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerFormatTests {

    @ParameterizedTest
    @CsvSource({"42, 42", "12.5, 12.5", "'12,50', 12.5", "0007, 7", "999999999999.9999, 999999999999.9999", "0, 0"})
    void plainNumbersAreKeptInTheirShortestForm(String raw, String stored) {
        assertThat(AnswerFormat.normalise(AnswerKind.NUMBER, raw).value()).isEqualTo(stored);
    }

    /** The length check must not be fooled by an exponent: "1e3000" would be stored as 3,001 digits. */
    @ParameterizedTest
    @ValueSource(strings = {"1e4500", "1E100000", "1e3000", "1e2", "2.5E-3", "9999999999999", "1.00001", "Infinity", "NaN",
            "0x1F", "１２", "1 000", "1,000,000", "+5"})
    void numbersOutOfBoundsOrWithAnExponentAreRefusedBeforeTheyAreExpanded(String raw) {
        AnswerFormat.Result result = AnswerFormat.normalise(AnswerKind.NUMBER, raw);
        assertThat(result.isOk()).as(raw).isFalse();
        assertThat(result.problem()).isIn(AnswerFormat.NUMBER_BOUNDS, "must be a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e4500", "1E100000", "2.5E-3", "9999999999999"})
    void anExponentOrTooManyDigitsIsExplained(String raw) {
        assertThat(AnswerFormat.normalise(AnswerKind.NUMBER, raw).problem()).isEqualTo(AnswerFormat.NUMBER_BOUNDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "-0.5", "- 3"})
    void negativeNumbersSayWhy(String raw) {
        assertThat(AnswerFormat.normalise(AnswerKind.NUMBER, raw).problem()).isEqualTo("must not be negative");
    }

    @ParameterizedTest
    @CsvSource({"100, 100", "0, 0", "'33,33', 33.33", "99.5, 99.5"})
    void percentagesFrom0To100(String raw, String stored) {
        assertThat(AnswerFormat.normalise(AnswerKind.PERCENT, raw).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "100.01", "1e2", "33.333", "-1", "50%"})
    void percentagesOutOfRangeOrTooPreciseAreRefused(String raw) {
        assertThat(AnswerFormat.normalise(AnswerKind.PERCENT, raw).problem()).isEqualTo("must be a percentage from 0 to 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u001b[31mred", "bell\u0007"})
    void textWithControlCharactersIsRefused(String raw) {
        assertThat(AnswerFormat.normalise(AnswerKind.TEXT, raw).isOk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two lines\nof text", "tab\tseparated"})
    void textKeepsLineBreaksAndTabs(String raw) {
        assertThat(AnswerFormat.normalise(AnswerKind.TEXT, raw).value()).isEqualTo(raw);
    }
}
