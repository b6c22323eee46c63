package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A step's name in the reader's language: {@code step.<process>.<task key>} where a process names its step apart
 * (Silver's {@code Task_AssignExpert} assigns an auditor), else {@code step.<task key>}, else the model's own name.
 * The inbox page and the task API both name a task here.
 */
@Component
public class StepNames {

    private final MessageSource messages;

    StepNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The name of a task of an assessment of this level (null: of no known level) in this locale. */
    public String name(LabelLevel level, String taskKey, String modelName, Locale locale) {
        String[] codes = level == null ? new String[] {"step." + taskKey}
                : new String[] {"step." + Step.processKey(level) + "." + taskKey, "step." + taskKey};
        return messages.getMessage(new DefaultMessageSourceResolvable(codes, null,
                modelName == null ? taskKey : modelName), locale);
    }

    /** The item with its name in this locale. */
    AssessmentTasks.TaskItem named(AssessmentTasks.TaskItem item, Locale locale) {
        return item.withName(name(item.level(), item.key(), item.name(), locale));
    }
}
