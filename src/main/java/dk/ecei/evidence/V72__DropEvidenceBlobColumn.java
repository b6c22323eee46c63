package dk.ecei.evidence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drops the emptied BLOB column {@code evidence_file.content}: the bytes live in the evidence store since V40/V41.
 * Flyway runs V41 first on a database that still has BLOBs; in case V41 was skipped (a database migrated without
 * this module's beans) this migration moves whatever is still in the column into the configured store before it
 * drops it, so no byte is lost. A Java migration and a bean for that reason, like V41: plain Flyway without the
 * store never sees it, and the column then stays (nullable, unread) instead of being dropped with bytes in it.
 */
@Component
class V72__DropEvidenceBlobColumn extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V72__DropEvidenceBlobColumn.class);

    private final EvidenceStore store;

    V72__DropEvidenceBlobColumn(EvidenceStore store) {
        this.store = store;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        dropBlobColumn(context.getConnection());
    }

    /** Answers how many BLOBs were still to move; also run by the migration's test. */
    int dropBlobColumn(Connection connection) throws SQLException {
        if (!V41__MoveEvidenceBlobsToStore.hasContentColumn(connection)) {
            return 0;
        }
        int moved = V41__MoveEvidenceBlobsToStore.moveBlobs(connection, store);
        if (moved > 0) {
            log.warn("Moved {} evidence file(s) V41 had left in the database into the evidence store", moved);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table evidence_file drop column content");
        }
        log.info("Dropped the evidence BLOB column evidence_file.content");
        return moved;
    }
}
