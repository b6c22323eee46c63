package dk.ecei.assessment;

import dk.ecei.workflow.TaskView;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due dates of the Silver and Gold human tasks: when one passes, the task stays open and an event names who held it,
 * so the notifications remind them and tell support staff. Nothing in the aggregate changes, so the event is
 * published here rather than registered on it.
 */
@Service
@Transactional
public class OverdueSteps {

    private final AssessmentSteps steps;
    private final ApplicationEventPublisher events;

    OverdueSteps(AssessmentSteps steps, ApplicationEventPublisher events) {
        this.steps = steps;
        this.events = events;
    }

    /** Called by the process when a human task passed its due date. */
    public void remindOverdue(Long id) {
        Assessment assessment = steps.find(id);
        Instant now = steps.now();
        for (TaskView task : steps.openTasks(assessment)) {
            if (task.due() == null || task.due().isAfter(now)) {
                continue;
            }
            events.publishEvent(new StepOverdue(id, assessment.getClusterId(), task.key(), task.name(), task.due(),
                    task.assignee(), task.candidateGroups()));
        }
    }
}
