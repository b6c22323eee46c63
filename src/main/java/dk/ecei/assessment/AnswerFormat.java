package dk.ecei.assessment;

import dk.ecei.indicator.AnswerKind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Checks and normalises an answer for the kind of answer its indicator expects. */
final class AnswerFormat {

    private AnswerFormat() {
    }

    /** The stored form of the answer, or an explanation of why it does not fit. */
    static Result normalise(AnswerKind kind, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return Result.problem("is empty");
        }
        if (value.length() > 4000) {
            return Result.problem("is longer than 4000 characters");
        }
        return switch (kind) {
            case NUMBER -> number(value).map(n -> n.signum() < 0 ? Result.problem("must not be negative")
                    : Result.ok(n.stripTrailingZeros().toPlainString())).orElse(Result.problem("must be a number"));
            case PERCENT -> number(value).map(n -> n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0
                    ? Result.problem("must be a percentage from 0 to 100")
                    : Result.ok(n.stripTrailingZeros().toPlainString())).orElse(Result.problem("must be a number"));
            case YES_NO -> switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "ja", "true" -> Result.ok("YES");
                case "no", "nej", "false" -> Result.ok("NO");
                default -> Result.problem("must be YES or NO");
            };
            case TEXT -> Result.ok(value);
        };
    }

    private static Optional<BigDecimal> number(String value) {
        try {
            return Optional.of(new BigDecimal(value.replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    record Result(String value, String problem) {

        static Result ok(String value) {
            return new Result(value, null);
        }

        static Result problem(String problem) {
            return new Result(null, problem);
        }

        boolean isOk() {
            return problem == null;
        }
    }
}
