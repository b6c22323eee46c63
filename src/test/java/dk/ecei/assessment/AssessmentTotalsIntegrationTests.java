package dk.ecei.assessment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15: the support staff's assessment list keeps the total of a page (shared.KeptTotals) until an assessment
 * changes: every request and withdrawal drops it after its commit, and a row written behind the application's back
 * (no event) is not counted while the total is kept. Other readers' totals are counted every time. The test profile
 * keeps no totals (its tests write rows straight into the tables); this class keeps them, in a context of its own.
 */
@IntegrationTest
@TestPropertySource(properties = "ecei.assessments.totals-cache=5m")
class AssessmentTotalsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BronzeFixture bronze;

    @Autowired
    AssessmentRequests requests;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void theKeptTotalFollowsEveryChangeOfAnAssessmentAndNothingElse() throws Exception {
        AssessmentView first = bronze.requested(bronze.eligibleCluster());
        bronze.requested(bronze.eligibleCluster());
        long all = total("/api/assessments?level=BRONZE&size=1", Users.SUPPORT);
        long open = total("/api/assessments?level=BRONZE&open=true&size=1", Users.SUPPORT);

        Long cluster = bronze.eligibleCluster();
        AssessmentView added = bronze.requested(cluster);
        expectTotal("/api/assessments?level=BRONZE&size=1", Users.SUPPORT, all + 1);
        expectTotal("/api/assessments?level=BRONZE&open=true&size=1", Users.SUPPORT, open + 1);

        Users.SUPPORT.call(() -> requests.withdraw(first.id(), "Klyngen trak anmodningen tilbage"));
        expectTotal("/api/assessments?level=BRONZE&open=true&size=1", Users.SUPPORT, open);
        expectTotal("/api/assessments?level=BRONZE&size=1", Users.SUPPORT, all + 1);

        // A copy of the new assessment written straight into the table: no event, so the kept total stays.
        jdbc.update("insert into assessment (cluster_id, level, status, catalogue_version_id, requested_by, requested_at,"
                + " updated_at) select cluster_id, level, 'COMPLETED', catalogue_version_id, requested_by, requested_at,"
                + " updated_at from assessment where id = ?", added.id());
        expectTotal("/api/assessments?level=BRONZE&size=1", Users.SUPPORT, all + 1);
        // The cluster's manager sees its own assessments, counted every time: the copy counts at once.
        expectTotal("/api/assessments?level=BRONZE&size=1", Users.managerOf(cluster), 2);
    }

    private long total(String path, Users user) throws Exception {
        JsonNode page = json.readTree(mvc.perform(get(path).with(user.request())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        return page.get("total").asLong();
    }

    private void expectTotal(String path, Users user, long expected) throws Exception {
        mvc.perform(get(path).with(user.request())).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(expected));
    }
}
