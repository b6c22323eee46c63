package dk.ecei.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves the bytes of evidence stored as BLOBs (before V40) into the evidence store and empties the BLOB. A Spring
 * bean, so Flyway (which Spring Boot hands every JavaMigration bean) runs it with the configured store, once per
 * database, under Flyway's lock when several nodes start together. One row at a time, so memory holds one file.
 * The class name is Flyway's version and description.
 */
@Component
class V41__MoveEvidenceBlobsToStore extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V41__MoveEvidenceBlobsToStore.class);

    private final EvidenceStore store;

    V41__MoveEvidenceBlobsToStore(EvidenceStore store) {
        this.store = store;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        int moved = moveBlobs(context.getConnection());
        log.info("Moved {} evidence file(s) from the database into the evidence store", moved);
    }

    /** Also run by the migration's test on a row written as before V40; answers how many rows were moved. */
    int moveBlobs(Connection connection) throws SQLException {
        return moveBlobs(connection, store);
    }

    /**
     * Moves every BLOB still in {@code evidence_file.content} into the store and empties it; none when the column is
     * gone (V72 dropped it: a database migrated without this bean, e.g. by a module test, may run V41 out of order
     * later). V72 calls it too, right before it drops the column, so no byte is lost whichever ran.
     */
    static int moveBlobs(Connection connection, EvidenceStore store) throws SQLException {
        if (!hasContentColumn(connection)) {
            return 0;
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id from evidence_file where content is not null");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        for (Long id : ids) {
            move(connection, store, id);
        }
        return ids.size();
    }

    /** Whether {@code evidence_file} still has its BLOB column (names as MariaDB or H2 report them). */
    static boolean hasContentColumn(Connection connection) throws SQLException {
        java.sql.DatabaseMetaData meta = connection.getMetaData();
        for (String table : List.of("evidence_file", "EVIDENCE_FILE")) {
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), null, table, null)) {
                while (columns.next()) {
                    if ("content".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void move(Connection connection, EvidenceStore store, Long id) throws SQLException {
        EvidenceStore.Stored stored;
        try (PreparedStatement select = connection.prepareStatement("select content from evidence_file where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                try (InputStream content = row.getBinaryStream(1)) {
                    stored = store.put(content, Long.MAX_VALUE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Evidence file " + id + " could not be written to the evidence store", e);
        }
        // The key is the hash of what was stored; the row's hash and size follow the bytes (they were computed
        // from the same bytes before, so this changes nothing unless the row was wrong).
        try (PreparedStatement update = connection.prepareStatement(
                "update evidence_file set content = null, sha256 = ?, size_bytes = ? where id = ?")) {
            update.setString(1, stored.key());
            update.setLong(2, stored.size());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }
}
