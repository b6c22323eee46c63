package dk.ecei.assessment;

import static dk.ecei.assessment.BronzeProcess.TASK_REVIEW;
import static dk.ecei.assessment.BronzeProcess.VAR_DECISION;
import static dk.ecei.assessment.SilverGoldProcess.TASK_AGREE_FINAL_SCORES;
import static dk.ecei.assessment.SilverGoldProcess.TASK_AUDIT_IMPROVEMENTS;
import static dk.ecei.assessment.SilverGoldProcess.TASK_SCORE_INDICATORS;
import static dk.ecei.assessment.SilverGoldProcess.VAR_SCORES_DIFFER;

import dk.ecei.assessment.AssessmentCommands.AgreeFinalScores;
import dk.ecei.assessment.AssessmentCommands.RequestClarification;
import dk.ecei.assessment.AssessmentCommands.ScoreIndicators;
import dk.ecei.assessment.AssessmentCommands.SilverAudit;
import dk.ecei.assessment.AssessmentCommands.WriteReport;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.Scheme;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.Violation;
import dk.ecei.workflow.TaskView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts' work: the Bronze review with its clarification rounds and the report, the Silver on-site audit, the
 * Gold scores of each expert and their agreement. A Silver or Gold audit ends in the recommendation for the label
 * committee.
 */
@Service
@Transactional
public class ExpertReviews {

    private final AssessmentSteps steps;

    private final ApprovalSettings approval;

    ExpertReviews(AssessmentSteps steps, ApprovalSettings approval) {
        this.steps = steps;
        this.approval = approval;
    }

    // --- Bronze ------------------------------------------------------------------------------------------------------

    public AssessmentView requestClarification(Long id, RequestClarification command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, TASK_REVIEW, user);
        BronzeBenchmark bronze = AssessmentSteps.as(assessment, BronzeBenchmark.class);
        bronze.requestClarification(command.indicatorCodes(), command.question(),
                steps.questionnaireIndicators(bronze).keySet(), user.username(), steps.now());
        steps.save(bronze);
        List<String> waitingAt = steps.complete(task, user, Map.of(VAR_DECISION, AssessmentCommands.Decision.CLARIFY.name()));
        return steps.view(bronze, waitingAt);
    }

    /** The expert keeps what they wrote of the report without writing it yet. */
    public AssessmentView saveReportDraft(Long id, WriteReport command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        BronzeBenchmark bronze = AssessmentSteps.as(assessment, BronzeBenchmark.class);
        if (!user.username().equals(bronze.getExpertUsername())) {
            throw new org.springframework.security.access.AccessDeniedException("Only the assigned expert writes the report");
        }
        bronze.saveReportDraft(command.interviewDate(), command.groups(), bronzeGroups(bronze), command.summary());
        steps.save(bronze);
        return steps.view(bronze);
    }

    private Set<String> bronzeGroups(BronzeBenchmark bronze) {
        return steps.catalogueOf(bronze).categories().stream()
                .filter(c -> c.scheme() == Scheme.BRONZE).map(CatalogueView.CategoryView::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public AssessmentView writeReport(Long id, WriteReport command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, TASK_REVIEW, user);
        BronzeBenchmark bronze = AssessmentSteps.as(assessment, BronzeBenchmark.class);
        bronze.recordReport(command.interviewDate(), command.groups(), bronzeGroups(bronze), command.summary(), steps.today(),
                steps.now(), approval.required(bronze.getLevel()), user.username());
        steps.save(bronze);
        List<String> waitingAt = complete(task, user, Map.of(VAR_DECISION, AssessmentCommands.Decision.REPORT.name()));
        return steps.view(bronze, waitingAt);
    }

    // --- Silver ------------------------------------------------------------------------------------------------------

    /** The auditor's findings and check of the minimum requirements; any minimum requirement missed means no Silver. */
    public AssessmentView recordSilverAudit(Long id, SilverAudit command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, TASK_AUDIT_IMPROVEMENTS, user);
        SilverAssessment silver = AssessmentSteps.as(assessment, SilverAssessment.class);
        silver.recordAudit(command.auditDate(), command.areas(), command.minimumRequirements(), steps.goldIndicators(silver),
                command.report(), user.username(), steps.today(), steps.now(), approval.required(silver.getLevel()));
        steps.save(silver);
        List<String> waitingAt = complete(task, user, Map.of());
        return steps.view(silver, waitingAt);
    }

    // --- Gold --------------------------------------------------------------------------------------------------------

    /** One expert's score of every indicator; when both have scored, the common scores count and differences wait. */
    public AssessmentView scoreIndicators(Long id, ScoreIndicators command) {
        CurrentUser user = CurrentUser.get();
        GoldAssessment assessment = steps.readable(id, user, GoldAssessment.class);
        if (assessment.hasScored(user.username())) {
            throw IllegalStateChangeException.of("alreadyScored", Violation.person(user.username()), String.valueOf(id));
        }
        TaskView task = steps.stepTask(assessment, TASK_SCORE_INDICATORS, user);
        List<IndicatorView> gold = steps.goldIndicators(assessment);
        Instant now = steps.now();
        assessment.recordScores(user.username(), command.auditFrom(), command.auditUntil(), command.scores(),
                gold.stream().map(IndicatorView::code).collect(Collectors.toSet()), steps.today(), now);
        boolean differ = assessment.bothScored() && !assessment.differingIndicators().isEmpty();
        if (assessment.scoresAgree()) {
            assessment.recommend(goldScore(assessment, gold), user.username(), now, approval.required(assessment.getLevel()));
        }
        steps.save(assessment);
        List<String> waitingAt = complete(task, user, Map.of(VAR_SCORES_DIFFER, differ));
        return steps.view(assessment, waitingAt);
    }

    /** The lead expert records the final scores both experts agreed, each with a note. */
    public AssessmentView agreeFinalScores(Long id, AgreeFinalScores command) {
        CurrentUser user = CurrentUser.get();
        GoldAssessment assessment = steps.readable(id, user, GoldAssessment.class);
        TaskView task = steps.stepTask(assessment, TASK_AGREE_FINAL_SCORES, user);
        List<IndicatorView> gold = steps.goldIndicators(assessment);
        Instant now = steps.now();
        assessment.agreeFinalScores(command.scores(), gold.stream().map(IndicatorView::code).collect(Collectors.toSet()),
                user.username(), now);
        assessment.recommend(goldScore(assessment, gold), user.username(), now, approval.required(assessment.getLevel()));
        steps.save(assessment);
        List<String> waitingAt = complete(task, user, Map.of());
        return steps.view(assessment, waitingAt);
    }

    private ExcellenceScore goldScore(GoldAssessment assessment, List<IndicatorView> gold) {
        return ExcellenceScore.gold(gold, assessment.finalMet(), steps.catalogueOf(assessment).goldPassRule());
    }

    private List<String> complete(TaskView task, CurrentUser user, Map<String, Object> variables) {
        return steps.complete(task, user, variables);
    }
}
