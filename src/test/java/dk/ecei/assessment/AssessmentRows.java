package dk.ecei.assessment;

import dk.ecei.indicator.CatalogueService;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assessment rows written straight into the table, with no process and no aggregate's moves behind them, for tests of
 * what the database answers about a cluster's history. They are written only inside {@link #rolledBack}, so that no
 * other test meets them (a row with no process would break the tests that read every assessment).
 */
@Component
class AssessmentRows {

    private static final Timestamp REQUESTED = Timestamp.valueOf(LocalDateTime.of(2024, 1, 1, 0, 0));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CatalogueService catalogue;

    AssessmentRows(JdbcTemplate jdbc, TransactionTemplate tx, CatalogueService catalogue) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.catalogue = catalogue;
    }

    /** Runs the work in a transaction that is rolled back afterwards, whatever it wrote. */
    void rolledBack(Runnable work) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    /** A row of the cluster's with the current catalogue; its id. */
    Long insert(Long cluster, String level, String status, LocalDateTime completedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into assessment (cluster_id, level, status, catalogue_version_id,"
                    + " requested_by, requested_at, completed_at, updated_at) values (?, ?, ?, ?, 'test', ?, ?, ?)",
                    new String[] {"id"});
            insert.setLong(1, cluster);
            insert.setString(2, level);
            insert.setString(3, status);
            insert.setLong(4, catalogue.current().id());
            insert.setTimestamp(5, REQUESTED);
            insert.setTimestamp(6, completedAt == null ? null : Timestamp.valueOf(completedAt));
            insert.setTimestamp(7, REQUESTED);
            return insert;
        }, key);
        return key.getKey().longValue();
    }
}
