package dk.ecei.workflow;

import dk.ecei.shared.ConcurrentChangeException;
import dk.ecei.shared.Databases;
import dk.ecei.shared.Violation;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Our narrow view of the process engine: start processes, find, claim and complete user tasks, send messages.
 * Callers check who may do what before they call; the engine only records it.
 *
 * <p>Races end here as our own {@link ConcurrentChangeException} (409): a task claimed, completed or changed by somebody
 * else meanwhile, a process that ended before its message arrived. Reads tolerate tasks that end while they read, and
 * read any number of tasks in a bounded number of queries ({@link #CHUNK} ids per query): the tasks, then the
 * candidate groups and the business keys of all of them at once, never one look-up per task.
 */
@Service
public class WorkflowEngine {

    /** Ids per IN list; keeps every statement well below the database's packet and parameter limits. */
    static final int CHUNK = 500;

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final IdentityService identity;
    private final HistoryService history;
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    /** The engine's configuration, for its command executor: a move and what it leads to, read in one command. */
    private final ProcessEngineConfigurationImpl configuration;
    /** The engine's table of each entity kind (with its configured prefix), asked once: asking runs an engine command. */
    private final Map<Class<?>, String> tables = new java.util.concurrent.ConcurrentHashMap<>();

    WorkflowEngine(RuntimeService runtime, RepositoryService repository, TaskService tasks, IdentityService identity,
            HistoryService history, ManagementService management, JdbcTemplate jdbc, ProcessEngineConfigurationImpl configuration) {
        this.runtime = runtime;
        this.repository = repository;
        this.tasks = tasks;
        this.identity = identity;
        this.history = history;
        this.management = management;
        this.jdbc = jdbc;
        this.configuration = configuration;
    }

    private String tableOf(Class<?> entity) {
        return tables.computeIfAbsent(entity, management::getTableName);
    }

    /** A process just started: its instance and the activities it waits in. */
    public record Started(String processInstanceId, List<String> waitingAt) {
    }

    /**
     * Starts the latest version of a process; the business key ties it to our aggregate. With the instance come the
     * activities it waits in, read from the execution tree the start built, in the same engine command.
     */
    public Started start(String processKey, String businessKey, Map<String, Object> variables) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            String id = runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
            return new Started(id, waitingIn(context, id));
        });
    }

    /** The keys of the latest deployed process definitions. */
    public List<String> deployedProcessKeys() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).sorted().toList();
    }

    /** The open user task with this definition key in a process instance, if it is waiting there. */
    public Optional<TaskView> openTask(String processInstanceId, String taskKey) {
        return views(tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list())
                .stream().findFirst();
    }

    public Optional<TaskView> task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : views(List.of(task)).stream().findFirst();
    }

    /** A user task that has ended (completed, or cancelled with its process), from the engine's history. */
    public record EndedTask(String id, String key, String businessKey, String assignee, Instant ended, String reason) {
    }

    /** The task if it existed and has ended: a caller who saw it open lost a race, and is told what happened. */
    public Optional<EndedTask> endedTask(String taskId) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        String businessKey = task.getProcessInstanceId() == null ? null : Optional.ofNullable(history
                .createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult())
                .map(p -> p.getBusinessKey()).orElse(null);
        return Optional.of(new EndedTask(task.getId(), task.getTaskDefinitionKey(), businessKey, task.getAssignee(),
                task.getEndTime() == null ? null : task.getEndTime().toInstant(), task.getDeleteReason()));
    }

    /**
     * One page of the inbox (tasks assigned to the user, or offered to one of their groups and not yet claimed by
     * somebody else), oldest first, and how many tasks the whole inbox holds: the page (with each task's business key
     * and the inbox's count) and the page's candidate groups, one statement each however many tasks there are (a
     * count of its own only for a page past the end). Each filter is optional: the process (an assessment's level),
     * the step (the task's key), the process's business key (the assessment) and the process instances (those of one
     * cluster's assessments, whose managers' tasks they are: a group's tasks are every cluster's; none is an empty
     * inbox).
     *
     * <p>The statements read the engine's documented tables with the conditions of its own task query ({@code
     * taskAssignee} or {@code taskCandidateGroupIn}, {@code processInstanceIdIn}): that query built its SQL from a
     * large dynamic template (MyBatis OGNL) on every call and needed another query for the business keys, about half
     * of an inbox request's time with 500 open tasks. The caller names the process instances from its own table: a
     * process variable (the cluster's id) has no index, and its condition read the variables of every group task.
     */
    public dk.ecei.shared.ListPage<TaskView> inbox(String username, Collection<String> groups, String processKey,
            String taskKey, String businessKey, Collection<String> processInstanceIds, dk.ecei.shared.PageQuery page) {
        if (processInstanceIds != null && processInstanceIds.isEmpty()) {
            return new dk.ecei.shared.ListPage<>(List.of(), page.page(), page.size(), 0);
        }
        InboxWhere where = inboxWhere(username, groups, processKey, taskKey, businessKey, processInstanceIds);
        List<Object> args = new ArrayList<>(where.args());
        args.add(page.size());
        args.add(page.offset());
        Found found = inboxTasks(where, " limit ? offset ?", args);
        long total = found.total();
        if (found.tasks().isEmpty() && page.offset() > 0) {
            // A page past the end: how many tasks there are, for the reader's way back.
            Long counted = jdbc.queryForObject("select count(*) from " + where.source(), Long.class,
                    where.args().toArray());
            total = counted == null ? 0 : counted;
        }
        return new dk.ecei.shared.ListPage<>(found.tasks(), page.page(), page.size(), total);
    }

    /** The whole inbox, oldest first, with the same filters (for a reader whose visible tasks no query can pick). */
    public List<TaskView> inbox(String username, Collection<String> groups, String processKey, String taskKey,
            String businessKey) {
        InboxWhere where = inboxWhere(username, groups, processKey, taskKey, businessKey, null);
        return inboxTasks(where, "", where.args()).tasks();
    }

    /**
     * The inbox's tasks as a derived table {@code U (ID_, CREATE_TIME_)}, and its arguments in order: the tasks assigned
     * to the user, and (a union, which also drops a task found both ways) those offered to one of their groups that
     * nobody has claimed, each with the same filters. Two branches, each read by its own index (the assignee; the
     * group's identity links): one condition with an "or" of both read every open task of the assessments' processes
     * and each task's links, 2,600 pages for 150 group tasks among 500 against 420.
     */
    private record InboxWhere(String source, List<Object> args) {
    }

    private InboxWhere inboxWhere(String username, Collection<String> groups, String processKey, String taskKey,
            String businessKey, Collection<String> processInstanceIds) {
        List<Object> args = new ArrayList<>();
        StringBuilder source = new StringBuilder("(select T.ID_, T.CREATE_TIME_ from ").append(tableOf(Task.class))
                .append(" T").append(inboxJoins(businessKey)).append(" where T.ASSIGNEE_ = ?");
        args.add(username);
        inboxFilters(source, args, processKey, taskKey, businessKey, processInstanceIds);
        if (!groups.isEmpty()) {
            // What the engine offers a group: a candidate task nobody has claimed.
            source.append(" union select T.ID_, T.CREATE_TIME_ from ").append(tableOf(IdentityLinkEntity.class))
                    .append(" L join ").append(tableOf(Task.class)).append(" T on T.ID_ = L.TASK_ID_")
                    .append(inboxJoins(businessKey)).append(" where L.GROUP_ID_ in (").append(Databases.marks(groups.size()))
                    .append(") and L.TYPE_ = ? and T.ASSIGNEE_ is null");
            args.addAll(groups);
            args.add(IdentityLinkType.CANDIDATE);
            inboxFilters(source, args, processKey, taskKey, businessKey, processInstanceIds);
        }
        return new InboxWhere(source.append(") U").toString(), args);
    }

    /** The process definition (for its key) and, when the inbox is of one assessment, the process instance. */
    private String inboxJoins(String businessKey) {
        return " join " + tableOf(ProcessDefinition.class) + " D on D.ID_ = T.PROC_DEF_ID_"
                + (businessKey == null ? "" : " join " + tableOf(Execution.class) + " P on P.ID_ = T.PROC_INST_ID_");
    }

    /** The conditions every branch of an inbox shares: the process, the step, the assessment, the processes named. */
    private static void inboxFilters(StringBuilder sql, List<Object> args, String processKey, String taskKey,
            String businessKey, Collection<String> processInstanceIds) {
        // The assessments' processes only: a task of another process belongs to no assessment the inbox could show.
        List<String> processes = processKey != null ? List.of(processKey) : EndSupersededLabelTails.PROCESSES;
        sql.append(" and D.KEY_ in (").append(Databases.marks(processes.size())).append(")");
        args.addAll(processes);
        if (taskKey != null) {
            sql.append(" and T.TASK_DEF_KEY_ = ?");
            args.add(taskKey);
        }
        if (businessKey != null) {
            sql.append(" and P.BUSINESS_KEY_ = ?");
            args.add(businessKey);
        }
        if (processInstanceIds != null) {
            sql.append(" and T.PROC_INST_ID_ in (").append(Databases.marks(processInstanceIds.size())).append(")");
            args.addAll(processInstanceIds);
        }
    }

    /** The tasks of an inbox's page, and how many tasks the whole inbox holds (0 when the page is empty). */
    private record Found(List<TaskView> tasks, long total) {
    }

    private Found inboxTasks(InboxWhere where, String limit, List<Object> args) {
        // The page's task ids first (narrow rows: the grouping and the sort of every task in the inbox, and their number
        // by a window over them), then their columns and business keys: sorting the wide rows of every task took 42 ms
        // with 1,600 tasks, this 16; the count in the same statement saves a second pass over the tasks (2.1 + 2.3 ms
        // with 151 tasks, 2.5 together). The union has dropped the tasks found both ways before the window counts.
        long[] total = {0};
        List<TaskView> found = jdbc.query("select T.ID_, T.TASK_DEF_KEY_, T.NAME_, T.PROC_DEF_ID_, T.PROC_INST_ID_,"
                + " T.ASSIGNEE_, T.CREATE_TIME_, T.DUE_DATE_, P.BUSINESS_KEY_, K.TOTAL_ from (select U.ID_, U.CREATE_TIME_,"
                + " count(*) over () TOTAL_ from " + where.source() + " order by U.CREATE_TIME_ asc, U.ID_ asc" + limit
                + ") K join " + tableOf(Task.class)
                + " T on T.ID_ = K.ID_ left join " + tableOf(Execution.class) + " P on P.ID_ = T.PROC_INST_ID_"
                + " order by K.CREATE_TIME_ asc, K.ID_ asc", (rs, row) -> {
                    total[0] = rs.getLong(10);
                    return new TaskView(rs.getString(1), rs.getString(2), rs.getString(3), processKeyOf(rs.getString(4)),
                            rs.getString(5), rs.getString(9), rs.getString(6), Set.of(), instant(rs.getTimestamp(7)),
                            instant(rs.getTimestamp(8)));
                }, args.toArray());
        if (found.isEmpty()) {
            return new Found(found, 0);
        }
        Map<String, Set<String>> groups = candidateGroups(found.stream().map(TaskView::id).toList());
        return new Found(found.stream().map(t -> new TaskView(t.id(), t.key(), t.name(), t.processKey(),
                t.processInstanceId(), t.businessKey(), t.assignee(), Set.copyOf(groups.getOrDefault(t.id(), Set.of())),
                t.created(), t.due())).toList(), total[0]);
    }

    /** Every open user task of the given process instances (for the support function's overview). */
    public List<TaskView> openTasks(Collection<String> processInstanceIds) {
        List<Task> found = new ArrayList<>();
        for (List<String> chunk : chunks(new LinkedHashSet<>(processInstanceIds))) {
            found.addAll(tasks.createTaskQuery().processInstanceIdIn(chunk.toArray(String[]::new)).list());
        }
        return views(found);
    }

    /**
     * Every open user task of the assessment processes, in one query whatever their number: the timing and holder only
     * (process instance, task key, assignee, created, due), no candidate groups or business keys, which would cost
     * more queries. For overviews of all open assessments (the dashboard's holder and time in step); the caller maps
     * the process instance to its own aggregate.
     */
    public List<TaskView> openAssessmentTaskTimings() {
        return tasks.createTaskQuery().processDefinitionKeyIn(EndSupersededLabelTails.PROCESSES.toArray(String[]::new))
                .list().stream().map(task -> view(task, Set.of(), null)).toList();
    }

    /**
     * The open user tasks of one process instance whose business key the caller knows (a step of its own aggregate),
     * with their candidate groups, in one statement on the engine's documented tables: the engine's task query builds
     * its SQL from a large dynamic template (MyBatis OGNL) on every call and maps whole entities, and its groups would
     * take a second query.
     */
    public List<TaskView> openTasksOf(String processInstanceId, String businessKey) {
        Map<String, TaskView> found = new java.util.LinkedHashMap<>();
        Map<String, Set<String>> groups = new HashMap<>();
        jdbc.query("select T.ID_, T.TASK_DEF_KEY_, T.NAME_, T.PROC_DEF_ID_, T.ASSIGNEE_, T.CREATE_TIME_, T.DUE_DATE_,"
                + " L.GROUP_ID_ from " + tableOf(Task.class) + " T left join " + tableOf(IdentityLinkEntity.class)
                + " L on L.TASK_ID_ = T.ID_ and L.TYPE_ = ? and L.GROUP_ID_ is not null"
                + " where T.PROC_INST_ID_ = ? order by T.ID_", rs -> {
                    // One row per task and candidate group: the task from its first row, the groups from every row.
                    String id = rs.getString("ID_");
                    if (!found.containsKey(id)) {
                        found.put(id, new TaskView(id, rs.getString("TASK_DEF_KEY_"), rs.getString("NAME_"),
                                processKeyOf(rs.getString("PROC_DEF_ID_")), processInstanceId, businessKey,
                                rs.getString("ASSIGNEE_"), Set.of(), instant(rs.getTimestamp("CREATE_TIME_")),
                                instant(rs.getTimestamp("DUE_DATE_"))));
                    }
                    String group = rs.getString("GROUP_ID_");
                    if (group != null) {
                        groups.computeIfAbsent(id, k -> new HashSet<>()).add(group);
                    }
                }, IdentityLinkType.CANDIDATE, processInstanceId);
        return found.values().stream().map(t -> new TaskView(t.id(), t.key(), t.name(), t.processKey(),
                t.processInstanceId(), t.businessKey(), t.assignee(), Set.copyOf(groups.getOrDefault(t.id(), Set.of())),
                t.created(), t.due())).toList();
    }

    /** The process key of a process definition id ("key:version:id"). */
    private static String processKeyOf(String processDefinitionId) {
        return processDefinitionId == null ? null : processDefinitionId.split(":")[0];
    }

    private static Instant instant(java.sql.Timestamp time) {
        return time == null ? null : time.toInstant();
    }

    /** Claims the task for the user; 409 when somebody else claimed, completed or changed it first. */
    public void claim(String taskId, String username) {
        racing("task", taskId, () -> {
            tasks.claim(taskId, username);
            return null;
        });
    }

    /**
     * Completes a task in the user's name, so the engine's history records who did it. Returns the activities its
     * process waits in afterwards (none once it ended), read in the same engine command from the execution tree the
     * completion loaded and changed: what {@link #activeActivities} reads from the database after the commit, without
     * a statement of its own.
     */
    public List<String> complete(String taskId, String username, Collection<String> groups, Map<String, Object> variables) {
        identity.setAuthentication(username, List.copyOf(groups));
        try {
            return racing("task", taskId, () -> configuration.getCommandExecutorTxRequired().execute(context -> {
                // The completion's own look-up of the task finds it in the command's cache.
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                tasks.complete(taskId, new HashMap<>(variables));
                return task == null || task.getProcessInstanceId() == null ? List.<String>of()
                        : waitingIn(context, task.getProcessInstanceId());
            }));
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * The activities of a process instance's active executions as the running command holds them (its cache, after
     * the start or completion that loaded the whole tree), each once; none once the instance ended.
     */
    private static List<String> waitingIn(CommandContext context, String processInstanceId) {
        ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
        if (instance == null || instance.isEnded()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(instance.findActiveActivityIds()));
    }

    /** Delivers a message to a waiting process instance (a withdrawal, say); 409 when it ended or moved meanwhile. */
    public void message(String messageName, String processInstanceId, Map<String, Object> variables) {
        racing("process", processInstanceId, () -> {
            try {
                runtime.createMessageCorrelation(messageName).processInstanceId(processInstanceId)
                        .setVariables(new HashMap<>(variables)).correlate();
            } catch (MismatchingMessageCorrelationException e) {
                if (isRunning(processInstanceId)) {
                    throw e;
                }
                throw new ConcurrentChangeException("process", processInstanceId,
                        ConcurrentChangeException.reason("processEnded"), e);
            }
            return null;
        });
    }

    public boolean isRunning(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    /**
     * The activities a process instance is waiting in now (for highlighting the diagram), in one statement on the
     * engine's documented table: the activities of its active executions (what {@code getActiveActivityIds} collects
     * from the execution tree in three queries); none once it ended.
     */
    public List<String> activeActivities(String processInstanceId) {
        return jdbc.queryForList("select distinct ACT_ID_ from " + tableOf(Execution.class)
                + " where PROC_INST_ID_ = ? and IS_ACTIVE_ = 1 and ACT_ID_ is not null", String.class, processInstanceId);
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

    /**
     * Runs an engine command that may lose a race, and turns the engine's way of saying so into ours. A task that is
     * gone (completed or cancelled meanwhile) is a race only if it really is gone now; other errors pass unchanged.
     */
    private <T> T racing(String what, String id, Supplier<T> command) {
        try {
            return command.get();
        } catch (TaskAlreadyClaimedException e) {
            throw new ConcurrentChangeException(what, id,
                    ConcurrentChangeException.reason("claimed", Violation.person(e.getTaskAssignee())), e);
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChangeException(what, id, ConcurrentChangeException.reason("changed." + what), e);
        } catch (ConcurrentChangeException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isLockConflict(e)) {
                throw new ConcurrentChangeException(what, id, ConcurrentChangeException.reason("changed." + what), e);
            }
            // A vanished task shows as "cannot find task" (NullValueException, NotFoundException) or, deeper in the
            // engine, as a null execution: a race only if the task really is gone now.
            boolean mayBeGone = e instanceof ProcessEngineException || e instanceof NullPointerException;
            if ("task".equals(what) && mayBeGone && tasks.createTaskQuery().taskId(id).count() == 0) {
                throw new ConcurrentChangeException(what, id, ConcurrentChangeException.reason("taskGone"), e);
            }
            throw e;
        }
    }

    /** A deadlock or lock wait timeout the engine reports as a plain engine error (MariaDB/MySQL 1213, 1205). */
    private static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                    || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The views of many tasks in three kinds of query, each over at most {@link #CHUNK} ids: the candidate groups from
     * the engine's identity links, the business keys from the process instances. A task or process that ended in
     * between simply has no groups or no business key; nothing is read per task, so nothing fails per task.
     */
    private List<TaskView> views(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> groups = candidateGroups(found.stream().map(Task::getId).toList());
        Map<String, String> businessKeys = businessKeys(found.stream().map(Task::getProcessInstanceId)
                .filter(id -> id != null).toList());
        return found.stream().map(task -> view(task, groups.getOrDefault(task.getId(), Set.of()),
                task.getProcessInstanceId() == null ? null : businessKeys.get(task.getProcessInstanceId()))).toList();
    }

    private Map<String, Set<String>> candidateGroups(List<String> taskIds) {
        // The engine's API reads identity links one task at a time; its documented table gives them all at once.
        String table = tableOf(IdentityLinkEntity.class);
        Map<String, Set<String>> groups = new HashMap<>();
        for (List<String> chunk : chunks(new LinkedHashSet<>(taskIds))) {
            List<Object> args = new ArrayList<>(chunk);
            args.add(0, IdentityLinkType.CANDIDATE);
            jdbc.query("select TASK_ID_, GROUP_ID_ from " + table + " where TYPE_ = ? and GROUP_ID_ is not null"
                    + " and TASK_ID_ in (" + Databases.marks(chunk.size()) + ")", rs -> {
                        groups.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    }, args.toArray());
        }
        return groups;
    }

    private Map<String, String> businessKeys(List<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        for (List<String> chunk : chunks(new LinkedHashSet<>(processInstanceIds))) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(chunk)).list()) {
                if (instance.getBusinessKey() != null) {
                    keys.put(instance.getId(), instance.getBusinessKey());
                }
            }
        }
        return keys;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static TaskView view(Task task, Set<String> groups, String businessKey) {
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                processKeyOf(task.getProcessDefinitionId()),
                task.getProcessInstanceId(), businessKey, task.getAssignee(), Set.copyOf(groups),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
