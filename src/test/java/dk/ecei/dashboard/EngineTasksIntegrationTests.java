package dk.ecei.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.dashboard.DashboardViews.OpenAssessment;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import dk.ecei.workflow.TaskView;
import dk.ecei.workflow.WorkflowEngine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline's engine reads: every open assessment gets its holder and time in step from the engine however many
 * there are (no silent cap), in two statements that do not grow with them, and a read that meets tasks
 * ending meanwhile does not fail. Statements are counted by MariaDB itself (the session's Questions counter).
 */
@IntegrationTest
class EngineTasksIntegrationTests {

    private static final int MANY = 520;

    @Autowired
    EngineTasks engineTasks;

    @Autowired
    DashboardQueries queries;

    @Autowired
    WorkflowEngine workflow;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final List<Long> created = new ArrayList<>();
    private final List<String> instances = new ArrayList<>();

    @AfterEach
    void removeWhatWasCreated() {
        // The other tests count the pipeline too: the many open assessments of this test go again.
        if (!instances.isEmpty()) {
            runtime.deleteProcessInstances(instances, "test done", true, true);
        }
        created.forEach(id -> jdbc.update("delete from assessment where id = ?", id));
    }

    @Test
    void moreThanFiveHundredOpenAssessmentsAllShowWhoHoldsThemInABoundedNumberOfStatements() {
        openAssessmentHeldBy("holder-0");
        long before = statementsOfOneRefinement();
        for (int i = 1; i < MANY; i++) {
            openAssessmentHeldBy("holder-" + i);
        }
        long after = statementsOfOneRefinement();

        List<OpenAssessment> refined = Users.SUPPORT.call(() -> engineTasks.refine(queries.openAssessments()));
        Map<Long, OpenAssessment> byId = refined.stream().collect(Collectors.toMap(OpenAssessment::id, Function.identity()));
        for (int i = 0; i < MANY; i++) {
            assertThat(byId.get(created.get(i)).holder()).as("holder of assessment %s", created.get(i))
                    .isEqualTo("holder-" + i);
        }
        // Two statements however many are open: the open assessments' process instances, then every open task of the
        // assessment processes (before issue 15's bound: 1 + 3 per 500, so 7 here).
        assertThat(after).as("statements before %s, after %s, %s open", before, after, refined.size())
                .isLessThanOrEqualTo(2).isEqualTo(before);
    }

    @Test
    void readingTheTasksWhileTheyEndDoesNotFail() throws Exception {
        for (int i = 0; i < 30; i++) {
            openAssessmentHeldBy("ender");
        }
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> reads = pool.submit(() -> {
                int count = 0;
                while (!done.get()) {
                    List<TaskView> tasks = workflow.openTasks(instances);
                    assertThat(tasks).allSatisfy(t -> assertThat(t.id()).isNotNull());
                    Users.SUPPORT.call(() -> engineTasks.refine(queries.openAssessments()));
                    count++;
                }
                return count;
            });
            for (String instance : List.copyOf(instances)) {
                runtime.deleteProcessInstance(instance, "ended meanwhile", true, true);
            }
            done.set(true);
            assertThat(reads.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
            instances.clear();
        }
        assertThat(workflow.openTasks(List.of("no-such-instance"))).isEmpty();
    }

    /** An assessment in REQUESTED with its Bronze process waiting at the assignment, claimed by the holder. */
    private void openAssessmentHeldBy(String holder) {
        Long cluster = jdbc.queryForObject("select min(id) from cluster", Long.class);
        Long catalogue = jdbc.queryForObject("select min(id) from catalogue_version", Long.class);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into assessment (cluster_id, level, status,"
                    + " catalogue_version_id, requested_by, requested_at, updated_at) values (?, 'BRONZE', 'REQUESTED', ?,"
                    + " 'test', ?, ?)", new String[] {"id"});
            insert.setLong(1, cluster);
            insert.setLong(2, catalogue);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            return insert;
        }, key);
        long id = key.getKey().longValue();
        String instance = workflow.start("bronze-benchmarking", String.valueOf(id), Map.of("assessmentId", id,
                "clusterId", cluster, "assignmentEscalationAfter", "P7D")).processInstanceId();
        jdbc.update("update assessment set process_instance_id = ? where id = ?", instance, id);
        created.add(id);
        instances.add(instance);
        workflow.claim(workflow.openTask(instance, "Task_AssignExpert").orElseThrow().id(), holder);
    }

    /** How many statements MariaDB ran for one refinement of the pipeline, all on one connection. */
    private long statementsOfOneRefinement() {
        return transactions.execute(status -> {
            List<OpenAssessment> open = Users.SUPPORT.call(() -> queries.openAssessments());
            long start = questions();
            Users.SUPPORT.call(() -> engineTasks.refine(open));
            return questions() - start - 1;
        });
    }

    private long questions() {
        return jdbc.queryForObject("show session status like 'Questions'", (rs, i) -> rs.getLong(2));
    }
}
