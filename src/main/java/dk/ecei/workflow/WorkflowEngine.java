package dk.ecei.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Our narrow view of the process engine: start processes, find, claim and complete user tasks, send messages.
 * Callers check who may do what before they call; the engine only records it.
 */
@Service
public class WorkflowEngine {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final IdentityService identity;
    private final HistoryService history;
    private final ManagementService management;

    WorkflowEngine(RuntimeService runtime, RepositoryService repository, TaskService tasks, IdentityService identity,
            HistoryService history, ManagementService management) {
        this.runtime = runtime;
        this.repository = repository;
        this.tasks = tasks;
        this.identity = identity;
        this.history = history;
        this.management = management;
    }

    /** Starts the latest version of a process; the business key ties it to our aggregate. Returns the instance id. */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    /** The keys of the latest deployed process definitions. */
    public List<String> deployedProcessKeys() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).sorted().toList();
    }

    /** The open user task with this definition key in a process instance, if it is waiting there. */
    public Optional<TaskView> openTask(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list().stream()
                .findFirst().map(this::view);
    }

    public Optional<TaskView> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult()).map(this::view);
    }

    /** Tasks assigned to the user, or offered to one of their groups and not yet claimed by somebody else. */
    public List<TaskView> inbox(String username, Collection<String> groups) {
        var query = tasks.createTaskQuery().or().taskAssignee(username);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(List.copyOf(groups));
        }
        return query.endOr().orderByTaskCreateTime().asc().list().stream().map(this::view).toList();
    }

    /** Every open user task of the given process instances (for the support function's overview). */
    public List<TaskView> openTasks(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new)).list().stream()
                .map(this::view).toList();
    }

    public void claim(String taskId, String username) {
        tasks.claim(taskId, username);
    }

    /** Completes a task in the user's name, so the engine's history records who did it. */
    public void complete(String taskId, String username, Collection<String> groups, Map<String, Object> variables) {
        identity.setAuthentication(username, List.copyOf(groups));
        try {
            tasks.complete(taskId, new HashMap<>(variables));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Delivers a message to a waiting process instance (a withdrawal, say). */
    public void message(String messageName, String processInstanceId, Map<String, Object> variables) {
        runtime.createMessageCorrelation(messageName).processInstanceId(processInstanceId)
                .setVariables(new HashMap<>(variables)).correlate();
    }

    public boolean isRunning(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    /** The activities a process instance is waiting in now (for highlighting the diagram). */
    public List<String> activeActivities(String processInstanceId) {
        if (!isRunning(processInstanceId)) {
            return List.of();
        }
        return runtime.getActiveActivityIds(processInstanceId);
    }

    /** The activity ids a process instance has passed, in order. */
    public List<String> passedActivities(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(a -> a.getActivityId()).toList();
    }

    /** Runs the due timer jobs of a process instance now; for operators and tests. Returns how many ran. */
    public int runDueJobs(String processInstanceId) {
        var jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return jobs.size();
    }

    private TaskView view(Task task) {
        Set<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toUnmodifiableSet());
        String processKey = task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
        String businessKey = task.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                        .getBusinessKey();
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), processKey,
                task.getProcessInstanceId(), businessKey, task.getAssignee(), groups,
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
