package dk.ecei.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The BLOBs' way out of the database on the real MariaDB: a database migrated as it was before V40, with evidence
 * bytes in {@code evidence_file.content}, then migrated to the end with the two Java migrations and a directory
 * store. V41 moves the bytes, V72 drops the column; if V41 was skipped, V72 moves them itself before the drop; V41
 * run after the drop (out of order) finds nothing to do. A schema of its own beside the test database, dropped after.
 */
class EvidenceBlobMigrationIntegrationTests {

    private static final Pattern DATABASE = Pattern.compile("^(jdbc:mariadb://[^/]+/)([^?]*)(.*)$");

    @TempDir
    Path storeDirectory;

    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;
    private EvidenceStore store;

    @BeforeEach
    void beforeV40() {
        String testUrl = System.getenv().getOrDefault("ECEI_TEST_DB_URL",
                "jdbc:mariadb://127.0.0.1:3306/ecei_test?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true");
        Matcher m = DATABASE.matcher(testUrl);
        assertThat(m.matches()).as("a MariaDB test URL: " + testUrl).isTrue();
        dataSource = new DriverManagerDataSource(m.group(1) + m.group(2) + "_blobs" + m.group(3), "root", "");
        jdbc = new JdbcTemplate(dataSource);
        store = new DirectoryEvidenceStore(storeDirectory, Clock.systemUTC());
        Flyway before = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false)
                .target("40").load();
        before.clean();
        before.migrate();
    }

    @AfterEach
    void dropSchema() {
        jdbc.execute("drop database if exists " + jdbc.queryForObject("select database()", String.class));
    }

    private Flyway toTheEnd(boolean outOfOrder, org.flywaydb.core.api.migration.JavaMigration... migrations) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").javaMigrations(migrations)
                .outOfOrder(outOfOrder).load();
    }

    /** Two rows with their bytes in the BLOB column, as written before V40; answers their SHA-256 keys. */
    private List<String> blobs() throws Exception {
        long cluster = insert("insert into cluster (name, cluster_type, created_at, updated_at) values "
                + "('Gammel klynge', 'REGIONAL_CLUSTER', now(6), now(6))");
        long assessment = insert("insert into assessment (cluster_id, level, status, catalogue_version_id, requested_by, "
                + "requested_at, updated_at) values (" + cluster + ", 'BRONZE', 'COMPLETED', "
                + "(select min(id) from catalogue_version), 'manager', now(6), now(6))");
        return List.of(blob(assessment, "strategi.pdf", "%PDF-1.4\n% strategi fra 2018\n%%EOF\n"),
                blob(assessment, "medlemmer.pdf", "%PDF-1.4\n% medlemsliste\n%%EOF\n"));
    }

    private String blob(long assessment, String name, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = EvidenceStoreContract.sha256(bytes);
        jdbc.update("insert into evidence_file (assessment_id, file_name, content_type, size_bytes, sha256, content, "
                + "uploaded_by, uploaded_at) values (?, ?, 'application/pdf', ?, ?, ?, 'manager', now(6))",
                assessment, name, bytes.length, sha, bytes);
        return sha;
    }

    /** The new row's id (each statement may run on a new connection, so no last_insert_id()). */
    private long insert(String sql) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS), key);
        return key.getKey().longValue();
    }

    private boolean blobColumn() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return V41__MoveEvidenceBlobsToStore.hasContentColumn(connection);
        }
    }

    private void assertInTheStore(List<String> keys) throws Exception {
        for (String key : keys) {
            assertThat(store.exists(key)).as(key).isTrue();
            try (var in = store.open(key)) {
                assertThat(EvidenceStoreContract.sha256(in.readAllBytes())).isEqualTo(key);
            }
            assertThat(jdbc.queryForObject("select size_bytes from evidence_file where sha256 = ?", Long.class, key))
                    .isEqualTo(store.size(key));
        }
    }

    @Test
    void v41MovesTheBlobsBeforeV72DropsTheColumn() throws Exception {
        List<String> keys = blobs();
        assertThat(blobColumn()).isTrue();

        Flyway flyway = toTheEnd(false, new V41__MoveEvidenceBlobsToStore(store), new V72__DropEvidenceBlobColumn(store));
        flyway.migrate();

        assertThat(blobColumn()).as("V72 dropped it").isFalse();
        assertInTheStore(keys);
        List<MigrationInfo> applied = List.of(flyway.info().applied());
        assertThat(applied).filteredOn(i -> List.of("41", "72").contains(i.getVersion().getVersion()))
                .extracting(MigrationInfo::getState).containsExactly(MigrationState.SUCCESS, MigrationState.SUCCESS);
        assertThat(applied.stream().map(i -> i.getVersion().getVersion()).toList()).containsSubsequence("40", "41", "42", "72");
    }

    @Test
    void v72MovesWhatNoV41MovedBeforeItDropsTheColumn() throws Exception {
        List<String> keys = blobs();

        // Migrated without V41 (as plain Flyway without the evidence module's beans would): V72 alone.
        toTheEnd(false, new V72__DropEvidenceBlobColumn(store)).migrate();

        assertThat(blobColumn()).isFalse();
        assertInTheStore(keys);
    }

    @Test
    void v41OutOfOrderAfterTheDropFindsNothingToMove() throws Exception {
        blobs();
        toTheEnd(false, new V72__DropEvidenceBlobColumn(store)).migrate();

        Flyway later = toTheEnd(true, new V41__MoveEvidenceBlobsToStore(store), new V72__DropEvidenceBlobColumn(store));
        later.migrate();

        assertThat(List.of(later.info().applied())).filteredOn(i -> i.getVersion().getVersion().equals("41"))
                .extracting(MigrationInfo::getState).containsExactly(MigrationState.OUT_OF_ORDER);
        assertThat(blobColumn()).isFalse();
    }
}
