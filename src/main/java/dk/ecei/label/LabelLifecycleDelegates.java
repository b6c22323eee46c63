package dk.ecei.label;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service tasks of a label's life in the assessment processes: the reminder before expiry, and the expiry. */
final class LabelLifecycleDelegates {

    private LabelLifecycleDelegates() {
    }

    private static Long labelId(DelegateExecution execution) {
        return ((Number) execution.getVariable("labelId")).longValue();
    }

    /** Task_RemindLabelExpiry. */
    @Component("remindLabelExpiryDelegate")
    static class Remind implements JavaDelegate {

        private final LabelRegister register;

        Remind(LabelRegister register) {
            this.register = register;
        }

        @Override
        public void execute(DelegateExecution execution) {
            register.remindBeforeExpiry(labelId(execution));
        }
    }

    /** Task_ExpireLabel. */
    @Component("expireLabelDelegate")
    static class Expire implements JavaDelegate {

        private final LabelRegister register;

        Expire(LabelRegister register) {
            this.register = register;
        }

        @Override
        public void execute(DelegateExecution execution) {
            register.expireIfDue(labelId(execution));
        }
    }
}
