package dk.ecei.bench;

import com.zaxxer.hikari.HikariDataSource;
import dk.ecei.support.StatementCounter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bare Camunda engine on its own database of the same MariaDB: the application's Bronze BPMN (read from the class
 * path as the application deploys it) with a no-op delegate for every delegate expression, the same history level and
 * no job executor. Each step does what the least an application must: find the task and complete it.
 */
final class BareEngine implements AutoCloseable {

    static final String PROCESS = "bpmn/bronze-benchmarking.bpmn";
    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    private final HikariDataSource pool;
    private final ProcessEngine engine;

    private BareEngine(HikariDataSource pool, ProcessEngine engine) {
        this.pool = pool;
        this.engine = engine;
    }

    static BareEngine start(String url, String user, String password) throws Exception {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(4);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        JdbcTemplate jdbc = new JdbcTemplate(pool);
        String schema = jdbc.queryForObject("select database()", String.class);
        jdbc.execute("drop database if exists `" + schema + "`");
        jdbc.execute("create database if not exists `" + schema + "`");
        pool.close();
        pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(4);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");

        String bpmn;
        try (InputStream in = BareEngine.class.getClassLoader().getResourceAsStream(PROCESS)) {
            bpmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<Object, Object> beans = new HashMap<>();
        Set<String> delegates = new LinkedHashSet<>();
        Matcher m = DELEGATE.matcher(bpmn);
        while (m.find()) {
            delegates.add(m.group(1));
        }
        // The award delegate's variables (the label and its timers, far ahead so nothing fires) keep the path the same.
        JavaDelegate noOp = execution -> {
            execution.setVariable("labelId", 1L);
            execution.setVariable("expiryReminderAt", Date.from(Instant.now().plus(600, ChronoUnit.DAYS)));
            execution.setVariable("labelExpiresAt", Date.from(Instant.now().plus(700, ChronoUnit.DAYS)));
        };
        delegates.forEach(d -> beans.put(d, noOp));
        // The model's expressions (${ecei.approvalRequired('BRONZE')}, ${ecei.due('approval')}): as by default, Bronze
        // has no approval step, so the bare engine walks the same path as the application.
        beans.put("ecei", new Expressions());

        StandaloneProcessEngineConfiguration config = (StandaloneProcessEngineConfiguration)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare-bench");
        config.setDataSource(StatementCounter.counting(pool));
        config.setDatabaseType("mysql");
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setJobExecutorActivate(false);
        config.setMetricsEnabled(false);
        config.setBeans(beans);
        ProcessEngine engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addString("bronze-benchmarking.bpmn", bpmn).deploy();
        System.out.printf("Bare engine on %s with no-op delegates %s%n", schema, delegates);
        return new BareEngine(pool, engine);
    }

    String start(String businessKey) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assessmentId", Long.valueOf(businessKey));
        variables.put("clusterId", 1L);
        variables.put("assignmentEscalationAfter", "P7D");
        return engine.getRuntimeService().startProcessInstanceByKey("bronze-benchmarking", businessKey, variables).getId();
    }

    Void complete(String processInstanceId, String taskKey, String user, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        engine.getIdentityService().setAuthenticatedUserId(user);
        try {
            engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return null;
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }

    /** What the Bronze model asks of the application's ProcessExpressions, answered as its defaults do. */
    public static final class Expressions {

        public boolean approvalRequired(String level) {
            return false;
        }

        public Date due(String step) {
            return Date.from(Instant.now().plus(14, ChronoUnit.DAYS));
        }
    }
}
