package dk.ecei.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers arrive as form fields named {@code answer.<indicator code>}; the service reports a refused answer as
 * "<code> <reason>", which is shown next to that indicator's field.
 */
final class AnswerParams {

    static final String PREFIX = "answer.";

    /** The version of the answer the page showed (0: none), so that a stale page is refused instead of overwriting. */
    static final String VERSION = "version.";

    /** The value the page showed, so that only the answers a person changed are saved (and can clash). */
    static final String SHOWN = "was.";

    /** The service's reasons (AnswerFormat) and the message keys that say them in the reader's language. */
    private static final Map<String, String> KNOWN = Map.of(
            "must be a number", "answer.error.number",
            "must not be negative", "answer.error.negative",
            "must be a percentage from 0 to 100", "answer.error.percent",
            "must be YES or NO", "answer.error.yesNo",
            "is longer than 4000 characters", "answer.error.tooLong",
            "is not part of the open clarification request", "answer.error.notAsked");

    private AnswerParams() {
    }

    static Map<String, String> answers(Map<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                answers.put(name.substring(PREFIX.length()), value == null ? "" : value);
            }
        });
        return answers;
    }

    /** The answers whose value differs from what the page showed (all of them for a form that does not say). */
    static Map<String, String> changed(Map<String, String> params) {
        Map<String, String> changed = new LinkedHashMap<>();
        answers(params).forEach((code, value) -> {
            String shown = params.get(SHOWN + code);
            if (shown == null || !shown.strip().equals(value.strip())) {
                changed.put(code, value);
            }
        });
        return changed;
    }

    /** The versions the page showed, by indicator code; a malformed one is left out (and then not checked). */
    static Map<String, Long> versions(Map<String, String> params) {
        Map<String, Long> versions = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(VERSION) && value != null && value.matches("\\d{1,18}")) {
                versions.put(name.substring(VERSION.length()), Long.valueOf(value));
            }
        });
        return versions;
    }

    /** The reasons that name one of the codes, by code; the others under the key "". */
    static Map<String, String> byIndicator(List<String> reasons, Collection<String> codes) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String reason : reasons) {
            String code = codes.stream().filter(c -> reason.startsWith(c + " ")).findFirst().orElse("");
            String text = code.isEmpty() ? reason : reason.substring(code.length() + 1);
            errors.merge(code, KNOWN.getOrDefault(text, text), (a, b) -> a + "; " + b);
        }
        return errors;
    }
}
