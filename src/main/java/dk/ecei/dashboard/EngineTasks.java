package dk.ecei.dashboard;

import dk.ecei.assessment.AssessmentStatus;
import dk.ecei.assessment.StepDeadlines;
import dk.ecei.dashboard.DashboardViews.OpenAssessment;
import dk.ecei.workflow.TaskView;
import dk.ecei.workflow.WorkflowEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refines the holder and the time in step of assessments in progress from the engine's open user tasks: a claimed
 * task is held by its assignee, and the step began when the task was created. Every open assessment is refined, however
 * many there are, in two statements: the open assessments' process instances and every open task of the assessment
 * processes ({@link WorkflowEngine#openAssessmentTaskTimings()}); an assessment whose task ended while we read keeps what the assessment table says.
 */
@Component
class EngineTasks {

    private final WorkflowEngine workflow;
    private final JdbcTemplate jdbc;
    private final StepDeadlines deadlines;
    private final Clock clock;

    EngineTasks(WorkflowEngine workflow, JdbcTemplate jdbc, StepDeadlines deadlines, Clock clock) {
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    List<OpenAssessment> refine(List<OpenAssessment> open) {
        if (open.isEmpty()) {
            return open;
        }
        // Two statements whatever the number of open assessments: their process instances, and every open task of the
        // assessment processes (tasks of instances not open here, which end meanwhile, are left out by the map).
        Map<String, Long> assessmentByInstance = new HashMap<>();
        jdbc.query("select a.id, a.process_instance_id from assessment a where " + DashboardQueries.OPEN
                + " and a.process_instance_id is not null",
                rs -> { assessmentByInstance.put(rs.getString(2), rs.getLong(1)); });
        if (assessmentByInstance.isEmpty()) {
            return open;
        }
        Map<Long, TaskView> taskByAssessment = new HashMap<>();
        for (TaskView task : workflow.openAssessmentTaskTimings()) {
            Long assessment = assessmentByInstance.get(task.processInstanceId());
            if (assessment != null) {
                taskByAssessment.merge(assessment, task, (a, b) -> a.created().isAfter(b.created()) ? a : b);
            }
        }
        Instant now = clock.instant();
        return open.stream().map(a -> {
            TaskView task = taskByAssessment.get(a.id());
            if (task == null) {
                return a;
            }
            Instant since = task.created() != null ? task.created() : a.inStepSince();
            String holder = task.assignee() != null ? task.assignee() : a.holder();
            // The task's own due date decides where it has one (a Gold scoring task falls due after the planned audit).
            boolean overdue = task.due() != null ? task.due().isBefore(now)
                    : deadlines.overdue(a.level(), AssessmentStatus.valueOf(a.status()), since, now);
            return new OpenAssessment(a.id(), a.clusterId(), a.clusterName(), a.level(), a.status(), a.requestedAt(),
                    a.ageDays(), since, Math.max(0, Duration.between(since, now).toDays()), holder, a.expert(),
                    a.secondExpert(), a.plannedInterviewDate(), overdue);
        }).toList();
    }
}
