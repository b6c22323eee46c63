package dk.ecei.web;

import dk.ecei.assessment.Step;
import org.springframework.stereotype.Component;

/**
 * The page of each process step (from the step catalogue), so that the inbox and the assessment page lead straight
 * to the form of a task. Templates call it as {@code @steps}.
 */
@Component("steps")
class StepLinks {

    public String link(String taskKey, Long assessmentId) {
        return Step.anyOf(taskKey).map(step -> step.link(assessmentId)).orElse("/assessments/" + assessmentId);
    }
}
