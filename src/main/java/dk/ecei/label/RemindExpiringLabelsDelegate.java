package dk.ecei.label;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindExpiringLabels in bpmn/label-expiry.bpmn: reminds once of every label that ends soon. */
@Component("remindExpiringLabelsDelegate")
class RemindExpiringLabelsDelegate implements JavaDelegate {

    static final String VAR_REMINDED = "remindedLabels";

    private final LabelRegister register;

    RemindExpiringLabelsDelegate(LabelRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_REMINDED, register.remindExpiringSoon());
    }
}
