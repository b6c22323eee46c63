package dk.ecei.assessment;

import dk.ecei.indicator.AnswerKind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Checks and normalises an answer for the kind of answer its indicator expects. */
final class AnswerFormat {

    /** A count or an amount of a cluster (members, DKK, FTE): up to 999,999,999,999 with 4 decimals. */
    static final int MAX_INTEGER_DIGITS = 12;
    static final int MAX_FRACTION_DIGITS = 4;
    static final int PERCENT_FRACTION_DIGITS = 2;
    static final String NUMBER_BOUNDS = "must be a plain number of at most " + MAX_INTEGER_DIGITS + " digits and "
            + MAX_FRACTION_DIGITS + " decimals, without an exponent";

    /** The message codes of the problems (resolved per reader by the pages and problem+json answers). */
    static final String EMPTY = "answer.error.empty";
    static final String TOO_LONG = "answer.error.tooLong";
    static final String NOT_A_NUMBER = "answer.error.number";
    static final String OUT_OF_BOUNDS = "answer.error.numberBounds";
    static final String NEGATIVE = "answer.error.negative";
    static final String NOT_A_PERCENT = "answer.error.percent";
    static final String NOT_YES_NO = "answer.error.yesNo";
    static final String CONTROL = "answer.error.control";

    private AnswerFormat() {
    }

    /** The stored form of the answer, or an explanation of why it does not fit. */
    static Result normalise(AnswerKind kind, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return Result.problem(EMPTY, "is empty");
        }
        if (value.length() > 4000) {
            return Result.problem(TOO_LONG, "is longer than 4000 characters");
        }
        return switch (kind) {
            case NUMBER -> number(value, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS)
                    .map(n -> Result.ok(n.stripTrailingZeros().toPlainString()))
                    .orElseGet(() -> numberProblem(value));
            case PERCENT -> number(value, 3, PERCENT_FRACTION_DIGITS)
                    .filter(n -> n.compareTo(BigDecimal.valueOf(100)) <= 0)
                    .map(n -> Result.ok(n.stripTrailingZeros().toPlainString()))
                    .orElse(Result.problem(NOT_A_PERCENT, "must be a percentage from 0 to 100"));
            case YES_NO -> switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "ja", "true" -> Result.ok("YES");
                case "no", "nej", "false" -> Result.ok("NO");
                default -> Result.problem(NOT_YES_NO, "must be YES or NO");
            };
            case TEXT -> value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                    ? Result.problem(CONTROL, "must not contain control characters") : Result.ok(value);
        };
    }

    /** Why a NUMBER answer is refused. */
    private static Result numberProblem(String value) {
        if (value.matches("-\\s*\\d+([.,]\\d+)?")) {
            return Result.problem(NEGATIVE, "must not be negative");
        }
        if (value.matches("[+-]?[\\d.,]*([eE][+-]?\\d*)?") && value.chars().anyMatch(Character::isDigit)) {
            return Result.problem(OUT_OF_BOUNDS, NUMBER_BOUNDS);
        }
        return Result.problem(NOT_A_NUMBER, "must be a number");
    }

    /**
     * A plain decimal (a comma or a point before the decimals, no sign, no exponent), bounded before it becomes a
     * number: "1e4500" is refused here instead of being expanded to 4,501 characters.
     */
    private static Optional<BigDecimal> number(String value, int integerDigits, int fractionDigits) {
        if (!value.matches("\\d{1," + integerDigits + "}([.,]\\d{1," + fractionDigits + "})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(',', '.')));
    }

    /** The stored value, or the code of the problem and its English default. */
    record Result(String value, String problemCode, String problem) {

        static Result ok(String value) {
            return new Result(value, null, null);
        }

        static Result problem(String code, String problem) {
            return new Result(null, code, problem);
        }

        boolean isOk() {
            return problem == null;
        }
    }
}
