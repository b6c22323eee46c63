package dk.ecei.shared;

import java.util.List;

/**
 * A request that breaks a domain rule (an ineligible cluster, a conflicted expert). Answered with 422 and the
 * list of reasons, so the user sees every reason at once. Each reason is a {@link Violation} (field, code,
 * arguments); {@link #reasons()} gives their default texts for callers that only log or list them.
 */
public class BusinessRuleException extends RuntimeException {

    private final List<Violation> violations;

    public BusinessRuleException(String message, List<String> reasons) {
        this(reasons.stream().map(Violation::text).toList(), message);
    }

    private BusinessRuleException(List<Violation> violations, String message) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** The rules broken, each with its field and message code. */
    public static BusinessRuleException violated(String message, List<Violation> violations) {
        return new BusinessRuleException(violations, message);
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<String> reasons() {
        return violations.stream().map(Violation::defaultText).toList();
    }
}
