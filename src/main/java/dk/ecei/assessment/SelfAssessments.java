package dk.ecei.assessment;

import static dk.ecei.assessment.BronzeProcess.TASK_ANSWER_CLARIFICATION;
import static dk.ecei.assessment.BronzeProcess.TASK_FILL_SELF_ASSESSMENT;
import static dk.ecei.assessment.SilverGoldProcess.TASK_DESCRIBE_IMPROVEMENTS;
import static dk.ecei.assessment.SilverGoldProcess.TASK_REVIEW_GAP_ANALYSIS;

import dk.ecei.assessment.AssessmentCommands.AnswerClarification;
import dk.ecei.assessment.AssessmentCommands.ImprovementAreaForm;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.security.CurrentUser;
import dk.ecei.workflow.TaskView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster's own part: answers, success stories (Bronze), improvement areas (Silver), the Gold decision to go on
 * after the gap analysis, the submission, and the answers to the Bronze expert's clarification requests. Only the
 * cluster's own managers take these steps.
 */
@Service
@Transactional
public class SelfAssessments {

    private final AssessmentSteps steps;
    private final AnswerDrafts answerDrafts;

    SelfAssessments(AssessmentSteps steps, AnswerDrafts answerDrafts) {
        this.steps = steps;
        this.answerDrafts = answerDrafts;
    }

    public Questionnaire saveAnswers(Long id, Map<String, String> answers) {
        return saveAnswers(id, answers, Map.of());
    }

    /**
     * Saves draft answers; {@code versions} names the version of each answer the caller last saw (0: none), and an
     * answer somebody else saved since is refused with 409 and its current value. Different answers never clash. The
     * save is announced (and audited) by {@link AnswersSaved}, without changing the aggregate's version.
     */
    public Questionnaire saveAnswers(Long id, Map<String, String> answers, Map<String, Long> versions) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        AssessmentSteps.requireClusterManager(assessment, user);
        List<String> changed = writeAnswers(assessment, answers, versions, user);
        assessment.answersSaved(changed);
        steps.save(assessment);
        return steps.questionnaire(assessment);
    }

    /** Checked by the aggregate, written as versioned rows; the aggregate's answers are read after the write. */
    private List<String> writeAnswers(Assessment assessment, Map<String, String> answers, Map<String, Long> versions,
            CurrentUser user) {
        Map<String, IndicatorView> indicators = steps.questionnaireIndicators(assessment);
        Map<String, String> checked = assessment.checkAnswers(answers, indicators);
        Map<String, Long> ids = new HashMap<>();
        checked.keySet().forEach(code -> ids.put(code, indicators.get(code).id()));
        return answerDrafts.save(assessment.getId(), checked, versions, ids, user.username(), steps.now());
    }

    public Questionnaire saveSuccessStories(Long id, List<SuccessStory> stories) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        AssessmentSteps.requireClusterManager(assessment, user);
        AssessmentSteps.as(assessment, BronzeBenchmark.class).replaceSuccessStories(stories, steps.now());
        steps.save(assessment);
        return steps.questionnaire(assessment);
    }

    /** Silver: the three improvement areas, each tied to Gold indicators. */
    public AssessmentView saveImprovementAreas(Long id, List<ImprovementAreaForm> forms) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        AssessmentSteps.requireClusterManager(assessment, user);
        SilverAssessment silver = AssessmentSteps.as(assessment, SilverAssessment.class);
        List<ImprovementArea> areas = forms.stream().map(f -> ImprovementArea.of(f.title(),
                f.indicatorCodes().stream().map(String::strip).toList(), f.whatChanged(), f.evidence())).toList();
        silver.replaceImprovementAreas(areas, steps.questionnaireIndicators(silver).keySet(), steps.now());
        steps.save(silver);
        return steps.view(silver);
    }

    /** A share (0.774) as the percentage a person reads (77.4), cut to one decimal as the score is compared. */
    private static java.math.BigDecimal percentValue(java.math.BigDecimal share) {
        return share.movePointRight(2).setScale(1, java.math.RoundingMode.DOWN);
    }

    /** Gold: the cluster has seen the likely score and the shortfalls, and goes on to the audit. */
    public AssessmentView proceedAfterGapAnalysis(Long id) {
        CurrentUser user = CurrentUser.get();
        GoldAssessment assessment = steps.readable(id, user, GoldAssessment.class);
        TaskView task = steps.stepTask(assessment, TASK_REVIEW_GAP_ANALYSIS, user);
        GapAnalysis gap = AssessmentService.gapAnalysis(assessment, steps);
        String shortOf = gap.indicators().stream()
                .filter(g -> g.status() == GapAnalysis.Status.SHORT || g.status() == GapAnalysis.Status.UNANSWERED)
                .map(GapAnalysis.IndicatorGap::code).collect(Collectors.joining(", "));
        String text = "likely " + ExcellenceScore.percent(gap.likelyShare()) + " (" + gap.met() + " of " + gap.total()
                + " met, " + gap.toBeAssessed() + " to be assessed, best case " + ExcellenceScore.percent(gap.bestCaseShare())
                + "), likely " + gap.likelyLevel() + (shortOf.isEmpty() ? "" : "; short of the threshold: " + shortOf);
        // Stored as a code with its figures, so that each reader reads the summary in their language.
        String summary = dk.ecei.shared.Violation.stored(List.of(dk.ecei.shared.Violation.of(
                shortOf.isEmpty() ? "rule.gap.summary" : "rule.gap.summaryShort", text,
                percentValue(gap.likelyShare()), gap.met(), gap.total(), gap.toBeAssessed(), percentValue(gap.bestCaseShare()),
                dk.ecei.shared.Violation.of("recommendation." + gap.likelyLevel().name(), gap.likelyLevel().name()), shortOf)));
        assessment.proceedAfterGapAnalysis(summary, user.username(), steps.now());
        steps.save(assessment);
        List<String> waitingAt = steps.complete(task, user, Map.of());
        return steps.view(assessment, waitingAt);
    }

    /** The self-assessment (Silver: the improvement areas) goes to the experts. */
    public AssessmentView submit(Long id) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, assessment instanceof SilverAssessment
                ? TASK_DESCRIBE_IMPROVEMENTS : TASK_FILL_SELF_ASSESSMENT, user);
        if (assessment instanceof SilverAssessment silver) {
            silver.submit(steps.now());
        } else if (assessment instanceof GoldAssessment gold) {
            gold.submit(steps.questionnaireIndicators(gold).keySet(), steps.yearsCovered(gold), steps.today(), steps.now());
        } else {
            AssessmentSteps.as(assessment, BronzeBenchmark.class)
                    .submit(steps.questionnaireIndicators(assessment).keySet(), steps.today(), steps.now());
        }
        steps.save(assessment);
        List<String> waitingAt = steps.complete(task, user, Map.of());
        return steps.view(assessment, waitingAt);
    }

    /** Bronze: the answer to the expert's open clarification round, with any changed answers to the indicators it names. */
    public AssessmentView answerClarification(Long id, AnswerClarification command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, TASK_ANSWER_CLARIFICATION, user);
        BronzeBenchmark bronze = AssessmentSteps.as(assessment, BronzeBenchmark.class);
        if (command.answers() != null && !command.answers().isEmpty()) {
            writeAnswers(bronze, command.answers(), Map.of(), user);
        }
        bronze.answerClarification(command.response(),
                command.answers() == null ? null : List.copyOf(command.answers().keySet()), user.username(), steps.now());
        steps.save(bronze);
        List<String> waitingAt = steps.complete(task, user, Map.of());
        return steps.view(bronze, waitingAt);
    }
}
