package dk.ecei.label;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ExpireEndedLabels in bpmn/label-expiry.bpmn: marks labels whose period has ended as expired. */
@Component("expireEndedLabelsDelegate")
class ExpireEndedLabelsDelegate implements JavaDelegate {

    static final String VAR_EXPIRED = "expiredLabels";

    private final LabelRegister register;

    ExpireEndedLabelsDelegate(LabelRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_EXPIRED, register.expireEnded());
    }
}
