package dk.ecei.assessment;

import static dk.ecei.assessment.BronzeProcess.TASK_ASSIGN_EXPERT;
import static dk.ecei.assessment.BronzeProcess.VAR_EXPERT;
import static dk.ecei.assessment.SilverGoldProcess.TASK_ASSIGN_EXPERTS;
import static dk.ecei.assessment.SilverGoldProcess.VAR_SECOND_EXPERT;

import dk.ecei.assessment.AssessmentCommands.AssignExpert;
import dk.ecei.assessment.AssessmentCommands.AssignExperts;
import dk.ecei.assessor.AssessorService;
import dk.ecei.assessor.AssignmentRules;
import dk.ecei.assessor.Qualification;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.Violation;
import dk.ecei.workflow.TaskView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support staff assign who assesses: the Bronze expert or the Silver auditor, the two Gold experts; each must hold the
 * scheme's qualification on the planned date and have no tie to the cluster (the assessor register's rules). A
 * request that waits too long for its expert is escalated.
 */
@Service
@Transactional
public class ExpertAssignment {

    private final AssessmentSteps steps;
    private final AssessorService assessors;
    private final StepDeadlines deadlines;
    private final SilverGoldSettings settings;

    ExpertAssignment(AssessmentSteps steps, AssessorService assessors, StepDeadlines deadlines,
            SilverGoldSettings settings) {
        this.steps = steps;
        this.assessors = assessors;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    /** The Bronze expert (a benchmarking expert) or the Silver auditor. */
    public AssessmentView assignExpert(Long id, AssignExpert command) {
        CurrentUser user = CurrentUser.get();
        Assessment assessment = steps.readable(id, user);
        TaskView task = steps.stepTask(assessment, TASK_ASSIGN_EXPERT, user);
        Qualification required = assessment instanceof SilverAssessment ? Qualification.SILVER_AUDITOR
                : Qualification.BENCHMARKING_EXPERT;
        List<Violation> problems = new ArrayList<>(assessors.expertProblems(command.expert(), assessment.getClusterId(), required,
                command.plannedInterviewDate()).stream().map(v -> v.onField("expert")).toList());
        List<ConflictWaiver> waived = waive(command.waiver(), Map.of(command.expert(), problems), user);
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The expert cannot be assigned", problems);
        }
        waived.forEach(assessment::waiveConflict);
        if (assessment instanceof SilverAssessment silver) {
            silver.assignAuditor(command.expert(), command.plannedInterviewDate(), steps.now());
        } else {
            AssessmentSteps.as(assessment, BronzeBenchmark.class)
                    .assignExpert(command.expert(), command.plannedInterviewDate(), steps.now());
        }
        steps.save(assessment);
        List<String> waitingAt = steps.complete(task, user, Map.of(VAR_EXPERT, command.expert()));
        return steps.view(assessment, waitingAt);
    }

    /** Gold: two GOLD_ASSESSOR experts, each free of ties to the cluster, and together a valid pair. */
    public AssessmentView assignExperts(Long id, AssignExperts command) {
        CurrentUser user = CurrentUser.get();
        GoldAssessment assessment = steps.readable(id, user, GoldAssessment.class);
        TaskView task = steps.stepTask(assessment, TASK_ASSIGN_EXPERTS, user);
        // Each expert's own problems belong to their field; the pair's to the second expert's (who completes the pair).
        AssessorService.GoldTeamProblems team = assessors.goldTeamProblems(command.expert(), command.secondExpert(),
                assessment.getClusterId(), command.plannedAuditDate(), null);
        Map<String, List<Violation>> byExpert = new java.util.LinkedHashMap<>();
        byExpert.computeIfAbsent(command.expert(), e -> new ArrayList<>())
                .addAll(team.first().stream().map(v -> v.onField("expert")).toList());
        byExpert.computeIfAbsent(command.secondExpert(), e -> new ArrayList<>())
                .addAll(team.second().stream().map(v -> v.onField("secondExpert")).toList());
        List<ConflictWaiver> waived = waive(command.waiver(), byExpert, user);
        List<Violation> problems = new ArrayList<>();
        byExpert.values().forEach(problems::addAll);
        team.pair().forEach(v -> problems.add(v.field() == null ? v.onField("secondExpert") : v));
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The experts cannot be assigned", problems.stream().distinct().toList());
        }
        waived.forEach(assessment::waiveConflict);
        int days = assessment.isRenewal() ? settings.goldRenewalAuditDays() : settings.goldAuditDays();
        assessment.assignExperts(command.expert(), command.secondExpert(), command.plannedAuditDate(), days, steps.now());
        steps.save(assessment);
        // The experts score after their audit: the scoring step falls due counted from its planned last day.
        LocalDate plannedUntil = command.plannedAuditDate().plusDays(days - 1L);
        List<String> waitingAt = steps.complete(task, user, Map.of(VAR_EXPERT, command.expert(), VAR_SECOND_EXPERT, command.secondExpert(),
                SilverGoldProcess.VAR_PLANNED_AUDIT_UNTIL, plannedUntil.toString()));
        return steps.view(assessment, waitingAt);
    }

    /**
     * Takes the waived conflicts out of the named assessor's problems (which it changes) and returns the waiver to
     * record; refused when the waiver names nobody being assigned or there is no tie of theirs to waive.
     */
    private List<ConflictWaiver> waive(AssessmentCommands.Waiver waiver, Map<String, List<Violation>> problemsByExpert,
            CurrentUser user) {
        if (waiver == null) {
            return List.of();
        }
        List<Violation> problems = problemsByExpert.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(waiver.assessor().strip())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (problems == null) {
            throw BusinessRuleException.violated("The waiver names nobody being assigned", List.of(Violation.at(
                    "waiverAssessor", "rule.waiver.notAssigned", "Not being assigned", waiver.assessor().strip())));
        }
        List<Violation> conflicts = problems.stream().filter(AssignmentRules::waivable).toList();
        if (conflicts.isEmpty()) {
            throw BusinessRuleException.violated("Nothing to waive", List.of(Violation.at(
                    "waiverAssessor", "rule.waiver.nothingToWaive", "No tie to waive", waiver.assessor().strip())));
        }
        problems.removeAll(conflicts);
        return List.of(new ConflictWaiver(waiver.assessor().strip(), Violation.stored(conflicts.stream()
                .map(v -> v.onField(null)).toList()), waiver.reason(), waiver.approvedBy(), user.username(), steps.now()));
    }

    /**
     * Support staff attach an observer to an open assessment (for example a regional agency's person): read access to
     * it, its evidence and reports; no step is theirs to complete. Audited.
     */
    public AssessmentView attachObserver(Long id, AssessmentCommands.AttachObserver command) {
        CurrentUser user = CurrentUser.get();
        if (!user.isSupportStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("Support staff attach observers");
        }
        Assessment assessment = steps.readable(id, user);
        assessment.attachObserver(new Observer(command.username().strip(), command.organisation().strip(), user.username(),
                steps.now()));
        steps.save(assessment);
        return steps.view(assessment);
    }

    /** Support staff detach an observer from the assessment; their read access ends. Audited. */
    public AssessmentView detachObserver(Long id, String username) {
        CurrentUser user = CurrentUser.get();
        if (!user.isSupportStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("Support staff detach observers");
        }
        Assessment assessment = steps.readable(id, user);
        assessment.detachObserver(username == null ? "" : username.strip());
        steps.save(assessment);
        return steps.view(assessment);
    }

    /** Called by the process when a Bronze request has waited too long for an expert. */
    public void escalateAssignment(Long id) {
        Assessment assessment = steps.find(id);
        if (assessment instanceof BronzeBenchmark bronze
                && bronze.escalateAssignment(deadlines.of(Step.ASSIGN_BENCHMARK_EXPERT), steps.now())) {
            steps.save(bronze);
        }
    }
}
