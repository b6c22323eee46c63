package dk.ecei.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.support.IntegrationTest;
import dk.ecei.support.StatementCounter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Many clusters by id through the shared multi-id loader: unknown ids left out, those already read not read again. */
@IntegrationTest
class ClusterLoadingIntegrationTests {

    @Autowired
    ClusterRepository clusters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void loadsTheClustersThatExistAndLeavesOutAnUnknownId() throws Exception {
        long first = insert("Indlæsning A " + UUID.randomUUID());
        long second = insert("Indlæsning B " + UUID.randomUUID());
        long unknown = Math.max(first, second) + 1_000_000;

        tx.executeWithoutResult(status -> {
            List<Cluster> read = clusters.loadAll(List.of(first, unknown, second));
            assertThat(read).extracting(Cluster::getId).containsExactlyInAnyOrder(first, second);
            try {
                assertThat(StatementCounter.count(() -> clusters.loadAll(List.of(second, first)))).isZero();
                assertThat(StatementCounter.count(() -> clusters.loadAll(List.of()))).isZero();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private long insert(String name) {
        jdbc.update("insert into cluster (name, cluster_type, created_at, updated_at) values (?, 'REGIONAL_CLUSTER', ?, ?)",
                name, LocalDateTime.now(), LocalDateTime.now());
        return jdbc.queryForObject("select id from cluster where name = ?", Long.class, name);
    }
}
