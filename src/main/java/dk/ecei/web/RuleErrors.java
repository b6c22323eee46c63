package dk.ecei.web;

import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.Violation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Puts the rules a service reports next to the fields of the bound form: a violation names the property of its
 * command, and the forms use the same property names, so no page reads an error's sentence to find its field. A
 * violation of no field of this form goes above the form. Dates among the arguments are written the reader's way
 * before the message is resolved, so no page shows an ISO date.
 */
@Component
class RuleErrors {

    /** The code of a reason that carries none yet: shown as its text. */
    static final String UNCODED = "rule.uncoded";

    private final Formats formats;

    RuleErrors(Formats formats) {
        this.formats = formats;
    }

    void reject(BusinessRuleException e, BindingResult result) {
        reject(e, result, UnaryOperator.identity());
    }

    /** As {@link #reject(BusinessRuleException, BindingResult)}, with the command's field names mapped to the form's. */
    void reject(BusinessRuleException e, BindingResult result, UnaryOperator<String> formField) {
        for (Violation v : e.violations()) {
            String code = v.code() == null ? UNCODED : v.code();
            Object[] arguments = Arrays.stream(v.getArguments())
                    .map(a -> a instanceof LocalDate date ? formats.date(date) : a).toArray();
            String field = v.field() == null ? null : formField.apply(v.field());
            if (field == null || !rejectField(result, field, code, arguments, v.defaultText())) {
                result.reject(code, arguments, v.defaultText());
            }
        }
    }

    /** False when the form has no such field. */
    private static boolean rejectField(BindingResult result, String field, String code, Object[] arguments, String text) {
        try {
            result.rejectValue(field, code, arguments, text);
            return true;
        } catch (org.springframework.beans.BeansException e) {
            return false;
        }
    }
}
