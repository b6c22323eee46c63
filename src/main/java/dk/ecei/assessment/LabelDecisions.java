package dk.ecei.assessment;

import static dk.ecei.assessment.SilverGoldProcess.TASK_APPROVE_LABEL;
import static dk.ecei.assessment.SilverGoldProcess.VAR_OUTCOME;

import dk.ecei.assessment.AssessmentCommands.Approval;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.assessment.SilverGoldProcess.Outcome;
import dk.ecei.label.AwardLabel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.security.CurrentUser;
import dk.ecei.workflow.TaskView;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way from a finished assessment to the register: the label committee's approval or send back of a Silver or
 * Gold recommendation, and the label itself, which the process writes once the Bronze report is in or the
 * committee approved.
 */
@Service
@Transactional
public class LabelDecisions {

    private final AssessmentSteps steps;
    private final LabelRegister labels;

    LabelDecisions(AssessmentSteps steps, LabelRegister labels) {
        this.steps = steps;
        this.labels = labels;
    }

    /** Support staff (the label committee) approve the recommendation, or send it back, always with a reason. */
    public AssessmentView decide(Long id, LabelDecision command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, TASK_APPROVE_LABEL, user);
        AuditedAssessment audited = AssessmentSteps.as(assessment, AuditedAssessment.class);
        Recommendation recommended = audited.getRecommendation();
        boolean approve = command.decision() == Approval.APPROVE;
        audited.decide(approve, command.reason(), user.username(), steps.now());
        // Saved (and audited) before the task completes: completing it writes the label, which comes after the approval.
        steps.save(audited);
        Outcome outcome = !approve ? Outcome.SEND_BACK : recommended == Recommendation.NONE ? Outcome.NO_LABEL : Outcome.AWARD;
        steps.complete(task, user, Map.of(VAR_OUTCOME, outcome.name()));
        return steps.view(audited);
    }

    /** Called by the process after the Bronze report or the approval: writes the label to the register. */
    public LabelView awardLabel(Long id) {
        Assessment assessment = steps.find(id);
        LabelView label = labels.award(new AwardLabel(assessment.getClusterId(), assessment.awardedLevel(),
                assessment.getInterviewDate(), steps.today(), id, "Assessment " + id));
        assessment.labelAwarded(label.id(), label.validUntil());
        steps.save(assessment);
        return label;
    }
}
