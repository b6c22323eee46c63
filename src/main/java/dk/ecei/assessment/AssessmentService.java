package dk.ecei.assessment;

import dk.ecei.assessor.AssignmentLoad;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.Scheme;
import dk.ecei.security.CurrentUser;
import dk.ecei.security.Roles;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading assessments and who may see them: one assessment, its questionnaire, the lists per role, the Gold gap
 * analysis and a renewal's comparison, and the checks other modules ask for (may the caller see it, add evidence to
 * it). The steps themselves are in {@link AssessmentRequests}, {@link ExpertAssignment}, {@link SelfAssessments},
 * {@link ExpertReviews}, {@link LabelDecisions} and {@link OverdueSteps}.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService implements AssignmentLoad {

    public static final String AGGREGATE = "Assessment";

    private final AssessmentRepository assessments;
    private final AssessmentSteps steps;
    private final AssessmentSummaries summaries;

    AssessmentService(AssessmentRepository assessments, AssessmentSteps steps, AssessmentSummaries summaries) {
        this.assessments = assessments;
        this.steps = steps;
        this.summaries = summaries;
    }

    public AssessmentView get(Long id) {
        return steps.view(steps.readable(id, CurrentUser.get()));
    }

    public Questionnaire questionnaire(Long id) {
        return steps.questionnaire(steps.readable(id, CurrentUser.get()));
    }

    /** The assessments the caller may see: all for support staff, their cluster's for managers, their own for experts. */
    public List<AssessmentView.Summary> visible() {
        CurrentUser user = CurrentUser.get();
        List<Assessment> found;
        if (user.isSupportStaff()) {
            found = assessments.findAllByOrderByRequestedAtDesc();
        } else if (user.has(Roles.CLUSTER_MANAGER) && user.clusterId().isPresent()) {
            found = assessments.findByClusterIdOrderByRequestedAtDesc(user.clusterId().get());
        } else if (user.has(Roles.ASSESSOR)) {
            found = new ArrayList<>(assessments.findByExpertUsername(user.username()));
            found.addAll(assessments.findBySecondExpert(user.username()));
            found.sort(Comparator.comparing(Assessment::getRequestedAt).reversed());
        } else {
            found = new ArrayList<>();
        }
        if (!user.isSupportStaff() && !user.isAnonymous()) {
            found = new ArrayList<>(found);
            for (Assessment observed : assessments.findObservedBy(user.username())) {
                if (found.stream().noneMatch(a -> a.getId().equals(observed.getId()))) {
                    found.add(observed);
                }
            }
            found.sort(Comparator.comparing(Assessment::getRequestedAt).reversed());
        }
        Map<Long, String> names = steps.clusterNamesOf(found);
        return found.stream().map(a -> AssessmentSteps.summary(a, names)).toList();
    }

    /** Throws "not found" unless the caller may see the assessment. */
    public AssessmentView.Summary checkReadable(Long id) {
        return steps.summary(steps.readable(id, CurrentUser.get()));
    }

    /** Throws unless the caller is a manager of the assessment's cluster and its answers may still change. */
    public AssessmentView.Summary checkEvidenceWritable(Long id, String indicatorCode) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        AssessmentSteps.requireClusterManager(assessment, user);
        if (!EnumSet.of(AssessmentStatus.PRE_CHECK, AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT,
                AssessmentStatus.CLARIFICATION_REQUESTED).contains(assessment.getStatus())) {
            throw IllegalStateChangeException.of("evidenceNotNow", String.valueOf(id),
                    Violation.named("status." + assessment.getStatus(), String.valueOf(assessment.getStatus())));
        }
        if (indicatorCode != null && !steps.questionnaireIndicators(assessment).containsKey(indicatorCode)) {
            throw BusinessRuleException.violated("Unknown indicator", List.of(dk.ecei.shared.Violation.at("indicator",
                    "rule.evidence.unknownIndicator", indicatorCode + " is not an indicator of this questionnaire", indicatorCode)));
        }
        return steps.summary(assessment);
    }

    /** Open assignments per expert, for proposing the least loaded; a Gold audit counts for both its experts. */
    @Override
    public Map<String, Long> openAssignmentsPerExpert() {
        Map<String, Long> load = new TreeMap<>();
        Stream.concat(assessments.openAssignmentsPerExpert(AssessmentSteps.openStatuses()).stream(),
                        assessments.openAssignmentsPerSecondExpert(AssessmentSteps.openStatuses()).stream())
                .forEach(row -> load.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
        return load;
    }

    /** The assessment a renewal renews, if the caller may see the renewal; "not found" otherwise. */
    public Optional<Long> previousAssessmentOf(Long id) {
        Assessment assessment = steps.readable(id, CurrentUser.get());
        return assessment instanceof AuditedAssessment audited ? Optional.ofNullable(audited.getPreviousAssessmentId())
                : Optional.empty();
    }

    /** The assessment if the caller may see it; never throws, so callers that filter stay in a healthy transaction. */
    public Optional<AssessmentView.Summary> readableSummary(Long id) {
        return Optional.ofNullable(summaries.readable(List.of(id), CurrentUser.get()).get(id));
    }

    /** The process instances of the cluster's assessments (a manager's inbox is their tasks). */
    List<String> processInstancesOf(Long clusterId) {
        return assessments.processInstancesOf(clusterId);
    }

    /**
     * The summaries of those assessments the caller may see, by id, in two queries however many ids (the inbox), and a
     * third for an observer.
     */
    public Map<Long, AssessmentView.Summary> readableSummaries(Collection<Long> ids) {
        return summaries.readable(ids, CurrentUser.get());
    }

    /**
     * The final scores of the assessment a renewal renews next to its own, per indicator of its catalogue version;
     * for whoever may see the renewal. Without a previous assessment every indicator is NOT_COMPARABLE.
     */
    public ScoreComparison comparison(Long id) {
        Assessment current = steps.readable(id, CurrentUser.get());
        AuditedAssessment audited = current instanceof AuditedAssessment a ? a : null;
        Long previousId = audited == null ? null : audited.getPreviousAssessmentId();
        Assessment previous = previousId == null ? null : steps.find(previousId);
        Map<String, Boolean> previousMet = previous instanceof AuditedAssessment p ? p.finalMet() : Map.of();
        return ScoreComparison.of(id, previousId, steps.goldIndicators(current), previousMet,
                audited == null ? Map.of() : audited.finalMet());
    }

    /** Gold: the likely score on the cluster's answers, against the catalogue's thresholds. */
    public GapAnalysis gapAnalysis(Long id) {
        return gapAnalysis(steps.readable(id, CurrentUser.get(), GoldAssessment.class), steps);
    }

    static GapAnalysis gapAnalysis(GoldAssessment assessment, AssessmentSteps steps) {
        CatalogueView version = steps.catalogueOf(assessment);
        Map<String, String> answers = new TreeMap<>();
        assessment.getAnswers().forEach((code, answer) -> answers.put(code, answer.value()));
        return GapAnalysis.of(version.indicators(Scheme.GOLD), answers, version.goldPassRule());
    }
}
