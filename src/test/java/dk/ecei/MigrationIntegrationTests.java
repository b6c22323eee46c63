package dk.ecei;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.support.IntegrationTest;
import dk.ecei.workflow.WorkflowEngine;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations, the demo data and the engine's tables on the real MariaDB server. */
@IntegrationTest
class MigrationIntegrationTests {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkflowEngine workflow;

    @Test
    void runsOnMariaDbAndAppliesEveryMigration() {
        String product = jdbc.queryForObject("select version()", String.class);
        assertThat(product).containsIgnoringCase("mariadb");
        List<MigrationInfo> applied = List.of(flyway.info().applied());
        assertThat(applied).extracting(i -> i.getVersion().getVersion()).contains("1", "2", "3", "1000", "1001");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void loadsTheFortyOneDanishClustersOfTheReferenceFile() {
        assertThat(jdbc.queryForObject("select count(*) from cluster where id <= 41", Integer.class)).isEqualTo(41);
        assertThat(jdbc.queryForObject("select name from cluster where id = 1", String.class)).isEqualTo("CLEAN");
        assertThat(jdbc.queryForList("select field from cluster_field where cluster_id = 1 order by field", String.class))
                .containsExactly("ENERGY", "ENVIRONMENT");
        assertThat(jdbc.queryForObject("select name from cluster where id = 22", String.class))
                .isEqualTo("Invio - Innovationsnetværk for oplevelsesøkonomi");
    }

    @Test
    void loadsTheDemoAssessorsOfTheDemoLogin() {
        assertThat(jdbc.queryForList("select username from assessor where username like 'assessor_' order by username", String.class))
                .containsExactly("assessor1", "assessor2");
        assertThat(jdbc.queryForObject("select count(*) from assessor_qualification q join assessor a on a.id = q.assessor_id"
                + " where a.username in ('assessor1', 'assessor2')", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select t.cluster_id from assessor_tie t join assessor a on a.id = t.assessor_id"
                + " where a.username = 'assessor1'", Long.class)).isEqualTo(2L);
    }

    @Test
    void storesDanishLettersIntact() {
        assertThat(jdbc.queryForObject("select name from cluster where id = 32", String.class))
                .isEqualTo("Råstofklyngen Arctic Cluster of Raw Materials (ACRM)");
    }

    @Test
    void engineTablesLiveInTheSameSchema() {
        Integer engineTables = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = database() and upper(table_name) like 'ACT_RU_%'",
                Integer.class);
        assertThat(engineTables).isGreaterThan(5);
        assertThat(workflow.deployedProcessKeys()).contains("label-expiry");
    }
}
