package dk.ecei.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.assessment.BronzeFixture;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Evidence bytes live in the store (the row keeps metadata), stream back with Range, can be withdrawn or replaced
 * while the answers may change (history kept, audited) and not after; orphans are swept. The BLOBs' move out of the
 * database and the column's drop: {@link EvidenceBlobMigrationIntegrationTests}.
 */
@IntegrationTest
class EvidenceLifecycleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    BronzeFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EvidenceStore store;

    @Autowired
    EvidenceSweep sweep;

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + " " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theBytesAreInTheStoreAndStreamBackWithRanges() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        byte[] pdf = pdf("strategi");
        JsonNode stored = body(mvc.perform(multipart("/api/assessments/" + id + "/evidence")
                .file(new MockMultipartFile("file", "strategi.pdf", "application/pdf", pdf)).with(manager.request()))
                .andExpect(status().isCreated()));
        String key = stored.get("sha256").asText();

        assertThat(store.exists(key)).isTrue();
        assertThat(store.size(key)).isEqualTo(pdf.length);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(V41__MoveEvidenceBlobsToStore.hasContentColumn(connection)).as("no BLOB column any more (V72)").isFalse();
        }
        assertThat(jdbc.queryForObject("select size_bytes from evidence_file where id = ?", Long.class,
                stored.get("id").asLong())).as("the row keeps the metadata").isEqualTo(pdf.length);
        String url = "/api/assessments/" + id + "/evidence/" + stored.get("id").asLong() + "/content";
        mvc.perform(get(url).with(manager.request())).andExpect(status().isOk()).andExpect(content().bytes(pdf));
        mvc.perform(get(url).header(HttpHeaders.RANGE, "bytes=5-9").with(manager.request()))
                .andExpect(status().isPartialContent())
                .andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 5-9/" + pdf.length))
                .andExpect(content().bytes(Arrays.copyOfRange(pdf, 5, 10)));
    }

    @Test
    void aFileIsWithdrawnOrReplacedWhileAnswersMayChangeWithHistoryKept() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        String url = "/api/assessments/" + id + "/evidence";
        long wrong = body(mvc.perform(multipart(url).file(new MockMultipartFile("file", "forkert.pdf", "application/pdf",
                pdf("forkert"))).param("indicatorCode", "B1.1").with(manager.request())).andExpect(status().isCreated()))
                .get("id").asLong();
        long old = body(mvc.perform(multipart(url).file(new MockMultipartFile("file", "budget-v1.pdf", "application/pdf",
                pdf("v1"))).param("indicatorCode", "B3.1").with(manager.request())).andExpect(status().isCreated()))
                .get("id").asLong();

        mvc.perform(post(url + "/" + wrong + "/withdrawal").param("reason", "Forkert fil").with(manager.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawnBy").value(manager.username()))
                .andExpect(jsonPath("$.withdrawnReason").value("Forkert fil"));
        mvc.perform(post(url + "/" + wrong + "/withdrawal").with(manager.request()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        byte[] v2 = pdf("v2");
        long replacement = body(mvc.perform(multipart(url + "/" + old + "/replacement")
                .file(new MockMultipartFile("file", "budget-v2.pdf", "application/pdf", v2)).param("reason", "Ny version")
                .with(manager.request())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicatorCode").value("B3.1"))).get("id").asLong();

        JsonNode files = body(mvc.perform(get(url).with(manager.request())).andExpect(status().isOk()));
        assertThat(files).hasSize(3);
        JsonNode replaced = find(files, old);
        assertThat(replaced.get("withdrawnAt").isNull()).isFalse();
        assertThat(replaced.get("replacedBy").asLong()).isEqualTo(replacement);
        assertThat(find(files, replacement).has("withdrawnAt")).isFalse();
        mvc.perform(get("/api/assessments/" + id + "/history").with(manager.request()))
                .andExpect(jsonPath("$[*].action", hasItems("EVIDENCE_ADDED", "EVIDENCE_WITHDRAWN", "EVIDENCE_REPLACED")));
        mvc.perform(post(url + "/" + replacement + "/withdrawal").with(Users.ASSESSOR1.request()))
                .andExpect(status().isForbidden());
    }

    @Test
    void noWithdrawalOrReplacementOnceTheStepIsOver() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        String url = "/api/assessments/" + id + "/evidence";
        long file = body(mvc.perform(multipart(url).file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf("a")))
                .with(manager.request())).andExpect(status().isCreated())).get("id").asLong();
        fixture.fillAndSubmit(cluster, id);
        Integer rows = jdbc.queryForObject("select count(*) from evidence_file where assessment_id = ?", Integer.class, id);
        byte[] late = pdf("late");

        mvc.perform(post(url + "/" + file + "/withdrawal").with(manager.request()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart(url + "/" + file + "/replacement").file(new MockMultipartFile("file", "b.pdf", "application/pdf",
                late)).with(manager.request()))
                .andExpect(status().isConflict());

        assertThat(jdbc.queryForObject("select count(*) from evidence_file where assessment_id = ?", Integer.class, id))
                .isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from evidence_file where id = ? and withdrawn_at is null",
                Integer.class, file)).isEqualTo(1);
        assertThat(store.exists(EvidenceStoreContract.sha256(late))).as("nothing stored").isFalse();
    }

    @Test
    void theSweepRemovesOnlyOldBytesWithoutARow() throws Exception {
        long cluster = fixture.eligibleCluster();
        long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        byte[] kept = pdf("kept");
        String keptKey = body(mvc.perform(multipart("/api/assessments/" + id + "/evidence")
                .file(new MockMultipartFile("file", "kept.pdf", "application/pdf", kept))
                .with(Users.managerOf(cluster).request())).andExpect(status().isCreated())).get("sha256").asText();
        String oldOrphan = store.put(new ByteArrayInputStream(pdf("old orphan")), 1000).key();
        String youngOrphan = store.put(new ByteArrayInputStream(pdf("young orphan")), 1000).key();
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        age(keptKey, twoDaysAgo);
        age(oldOrphan, twoDaysAgo);

        sweep.sweep();

        assertThat(store.exists(oldOrphan)).isFalse();
        assertThat(store.exists(youngOrphan)).as("within the grace period").isTrue();
        assertThat(store.exists(keptKey)).as("an evidence row references it").isTrue();
    }

    private void age(String key, Instant at) throws Exception {
        Path root = ((DirectoryEvidenceStore) store).root();
        Files.setLastModifiedTime(root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key), FileTime.from(at));
    }

    private static JsonNode find(JsonNode files, long id) {
        for (JsonNode file : files) {
            if (file.get("id").asLong() == id) {
                return file;
            }
        }
        throw new AssertionError("no file " + id);
    }
}
