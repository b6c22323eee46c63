package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.assessment.BronzeFixture;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every list answers one page with its total, searched and filtered in the database; bad page parameters are a 400. */
@IntegrationTest
class ListPagingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    BronzeFixture bronze;

    @Test
    void theRegisterApiPagesThroughTheLabelsWithoutOverlapAndKeepsItsTotal() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode body = json.readTree(mvc.perform(get("/api/register").param("validOn", "2016-12-31")
                            .param("size", "5").param("page", String.valueOf(page)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(13))
                    .andExpect(jsonPath("$.page").value(page))
                    .andExpect(jsonPath("$.size").value(5))
                    .andReturn().getResponse().getContentAsString());
            body.get("items").forEach(item -> seen.add(item.get("labelId").asText()));
        }
        assertThat(seen).hasSize(13).doesNotHaveDuplicates();
        mvc.perform(get("/api/register").param("validOn", "2016-12-31").param("page", "7"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0))).andExpect(jsonPath("$.total").value(13));
    }

    @Test
    void badPageParametersAreABadRequestInProblemJson() throws Exception {
        for (String[] bad : List.of(new String[] {"size", "101"}, new String[] {"size", "0"}, new String[] {"page", "-1"},
                new String[] {"page", "abc"}, new String[] {"size", "99999999999"})) {
            mvc.perform(get("/api/register").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/clusters").param(bad[0], bad[1]).with(Users.SUPPORT.request()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/assessments").param(bad[0], bad[1]).with(Users.SUPPORT.request()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/assessments").param("sort", "SIDEWAYS").with(Users.SUPPORT.request()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/assessments").param("page", "-1").with(Users.SUPPORT.request()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Siden eller antallet pr. side er ikke gyldigt")));
    }

    @Test
    void theAssessmentsApiFiltersByLevelStepClusterAndExpertAndShowsOnlyWhatTheCallerMaySee() throws Exception {
        Long cluster = bronze.eligibleCluster();
        Long other = bronze.eligibleCluster();
        Long assigned = bronze.assigned(cluster, Users.ASSESSOR1).id();
        Long requested = bronze.requested(other).id();

        mvc.perform(get("/api/assessments").param("clusterId", cluster.toString()).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(assigned))
                .andExpect(jsonPath("$.items[0].status").value("SELF_ASSESSMENT"));
        mvc.perform(get("/api/assessments").param("level", "BRONZE").param("step", "REQUESTED").param("size", "100")
                        .with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.items[*].status", everyItem(is("REQUESTED"))))
                .andExpect(jsonPath("$.items[*].level", everyItem(is("BRONZE"))))
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)));
        String name = "Bronzeklynge";
        mvc.perform(get("/api/assessments").param("cluster", name.toLowerCase()).param("open", "true").param("size", "100")
                        .with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.items[*].clusterName", everyItem(containsString(name))))
                .andExpect(jsonPath("$.items[*].status", everyItem(not(is("COMPLETED")))));
        mvc.perform(get("/api/assessments").param("expert", "assessor1").param("clusterId", cluster.toString())
                        .with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/assessments").param("expert", "assessor1").param("clusterId", other.toString())
                        .with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.total").value(0));

        // A manager sees their own cluster's, an expert their own assignments, whatever the filters ask for.
        mvc.perform(get("/api/assessments").param("clusterId", other.toString()).with(Users.managerOf(cluster).request()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/assessments").with(Users.managerOf(other).request()))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(requested));
        mvc.perform(get("/api/assessments").param("size", "100").with(Users.ASSESSOR2.request()))
                .andExpect(jsonPath("$.items[*].id", not(org.hamcrest.Matchers.hasItem(assigned.intValue()))));
    }

    @Test
    void thePagesShowAPagerThatKeepsTheFilters() throws Exception {
        bronze.eligibleCluster();
        bronze.eligibleCluster();
        mvc.perform(get("/").param("validOn", "2016-12-31").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Side 1 af 3 (13 i alt)")))
                .andExpect(content().string(containsString("href=\"/?validOn=2016-12-31&amp;size=5&amp;page=1\"")))
                // The counts above the register stay complete.
                .andExpect(content().string(containsString("<strong>8</strong>")));
        mvc.perform(get("/").param("validOn", "2016-12-31").param("size", "5").param("page", "2").param("lang", "en"))
                .andExpect(content().string(containsString("Page 3 of 3 (13 in all)")))
                .andExpect(content().string(containsString("href=\"/?validOn=2016-12-31&amp;size=5&amp;page=1\"")));
        mvc.perform(get("/clusters").param("region", "SYDDANMARK").param("q", "klynge").param("size", "1")
                        .with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Side 1 af")))
                .andExpect(content().string(containsString("href=\"/clusters?region=SYDDANMARK&amp;q=klynge&amp;size=1&amp;page=1\"")));
        mvc.perform(get("/assessments").param("level", "BRONZE").param("size", "1").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"pager\"")))
                .andExpect(content().string(not(containsString("??"))));
    }
}
