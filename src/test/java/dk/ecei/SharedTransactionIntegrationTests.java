package dk.ecei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.support.IntegrationTest;
import dk.ecei.workflow.WorkflowEngine;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** JPA, plain JDBC and the process engine share one DataSource and one transaction: they commit or roll back together. */
@IntegrationTest
class SharedTransactionIntegrationTests {

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkflowEngine workflow;

    @Autowired
    RuntimeService runtime;

    @Test
    void aFailureRollsBackBothTheEngineAndOurTables() {
        String name = "Rollback " + UUID.randomUUID();
        String businessKey = "rollback-" + UUID.randomUUID();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.update("insert into cluster (name, cluster_type, created_at, updated_at) values (?, 'REGIONAL_CLUSTER', ?, ?)",
                    name, LocalDateTime.now(), LocalDateTime.now());
            workflow.start("label-expiry", businessKey, Map.of());
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(jdbc.queryForObject("select count(*) from cluster where name = ?", Integer.class, name)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    }

    @Test
    void aSuccessCommitsBoth() {
        String name = "Commit " + UUID.randomUUID();
        String businessKey = "commit-" + UUID.randomUUID();

        tx.executeWithoutResult(status -> {
            jdbc.update("insert into cluster (name, cluster_type, created_at, updated_at) values (?, 'REGIONAL_CLUSTER', ?, ?)",
                    name, LocalDateTime.now(), LocalDateTime.now());
            workflow.start("label-expiry", businessKey, Map.of());
        });

        assertThat(jdbc.queryForObject("select count(*) from cluster where name = ?", Integer.class, name)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", Integer.class,
                businessKey)).isOne();
    }
}
