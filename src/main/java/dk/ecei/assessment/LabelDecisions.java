package dk.ecei.assessment;

import static dk.ecei.assessment.SilverGoldProcess.TASK_APPROVE_LABEL;
import static dk.ecei.assessment.SilverGoldProcess.VAR_OUTCOME;

import dk.ecei.assessment.AssessmentCommands.Approval;
import dk.ecei.assessment.AssessmentCommands.BatchDecision;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.assessment.SilverGoldProcess.Outcome;
import dk.ecei.label.AwardLabel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.security.CurrentUser;
import dk.ecei.workflow.TaskView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way from a finished assessment to the register: the approval body's approval or send back of a
 * recommendation (Silver and Gold; Bronze where {@code ecei.approval.bronze} is on), the same code for every level,
 * and the label itself, which the process writes once the Bronze report is in or the body approved.
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
        return decide(id, command.decision(), command.reason(), null, CurrentUser.get());
    }

    /**
     * The approval body decides several recommendations at one meeting, each with the same decision and reason and
     * the meeting named; all or none (one that cannot be decided refuses the batch, naming it).
     */
    public List<AssessmentView> decideBatch(BatchDecision command) {
        CurrentUser user = CurrentUser.get();
        if (!user.isSupportStaff()) {
            throw new AccessDeniedException("The approval body is support staff");
        }
        Meeting meeting = new Meeting(command.meetingName().strip(), command.meetingDate());
        List<AssessmentView> decided = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(command.assessmentIds())) {
            decided.add(decide(id, command.decision(), command.reason(), meeting, user));
        }
        return decided;
    }

    private AssessmentView decide(Long id, Approval decision, String reason, Meeting meeting, CurrentUser user) {
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, TASK_APPROVE_LABEL, user);
        Recommendation recommended = assessment.getRecommendation();
        boolean approve = decision == Approval.APPROVE;
        assessment.decide(approve, reason, meeting, user.username(), steps.now());
        // Saved (and audited) before the task completes: completing it writes the label, which comes after the approval.
        steps.save(assessment);
        Outcome outcome = !approve ? Outcome.SEND_BACK : recommended == Recommendation.NONE ? Outcome.NO_LABEL : Outcome.AWARD;
        List<String> waitingAt = steps.complete(task, user, Map.of(VAR_OUTCOME, outcome.name()));
        return steps.view(assessment, waitingAt);
    }

    /**
     * Called by the process where the level has no approval step: the recommendation stands; returns the process's
     * outcome (award or no label).
     */
    public String standWithoutApproval(Long id) {
        Assessment assessment = steps.find(id);
        Recommendation recommended = assessment.getRecommendation();
        assessment.standWithoutApproval(steps.now());
        steps.save(assessment);
        return (recommended == Recommendation.NONE ? Outcome.NO_LABEL : Outcome.AWARD).name();
    }

    /** What the approval body has to decide, oldest first; support staff only. */
    @Transactional(readOnly = true)
    public List<AwaitingApproval> awaitingApproval() {
        if (!CurrentUser.get().isSupportStaff()) {
            throw new AccessDeniedException("The approval body is support staff");
        }
        List<Assessment> waiting = steps.awaitingApproval();
        Map<Long, String> clusterNames = steps.clusterNamesOf(waiting);
        return waiting.stream().map(a -> {
            // A Bronze report recommends without a score; Silver and Gold carry theirs.
            AuditedAssessment audited = a instanceof AuditedAssessment x ? x : null;
            return new AwaitingApproval(a.getId(), a.getClusterId(),
                    clusterNames.get(a.getClusterId()), a.getLevel(),
                    a.getRecommendation(), audited == null ? null : audited.getIndicatorsMet(),
                    audited == null ? null : audited.getIndicatorsScored(), audited == null ? null : audited.getExcellenceShare(),
                    a.getExpertUsername(), a.getRequestedAt());
        }).toList();
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
