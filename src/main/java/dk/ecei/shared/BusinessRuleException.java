package dk.ecei.shared;

import java.util.List;

/**
 * A request that breaks a domain rule (an ineligible cluster, a conflicted expert). Answered with 422 and the
 * list of reasons, so the user sees every reason at once.
 */
public class BusinessRuleException extends RuntimeException {

    private final List<String> reasons;

    public BusinessRuleException(String message, List<String> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
