package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The inbox is a list like the others (issue 15): one page of it (page, size, total), oldest first, of one level, one
 * step or one assessment if asked; a filter it cannot read is refused in the reader's language.
 */
@IntegrationTest
class InboxIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    BronzeFixture fixture;

    @Test
    void theInboxComesInPagesOldestFirstOfALevelAStepOrAnAssessment() throws Exception {
        List<Long> requested = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requested.add(fixture.requested(fixture.eligibleCluster()).id());
        }
        Long first = requested.get(0);

        JsonNode one = inbox(get("/api/tasks").param("assessment", String.valueOf(first)));
        assertThat(one.get("total").asLong()).isEqualTo(1);
        assertThat(one.get("items").get(0).get("assessmentId").asLong()).isEqualTo(first);
        assertThat(one.get("items").get(0).get("key").asText()).isEqualTo("Task_AssignExpert");
        // The step's name in the reader's language (Danish by default), not the model's English name.
        assertThat(one.get("items").get(0).get("name").asText()).isEqualTo("Tildel en benchmarking-ekspert");
        assertThat(inbox(get("/api/tasks").param("assessment", String.valueOf(first))
                .header("Accept-Language", "en")).get("items").get(0).get("name").asText())
                .isEqualTo("Assign a benchmarking expert");
        String taskId = one.get("items").get(0).get("taskId").asText();
        assertThat(inbox(get("/api/tasks/" + taskId).header("Accept-Language", "da")).get("name").asText())
                .isEqualTo("Tildel en benchmarking-ekspert");
        assertThat(inbox(get("/api/tasks").param("assessment", String.valueOf(first)).param("step", "Task_AssignExpert"))
                .get("total").asLong()).isEqualTo(1);
        assertThat(inbox(get("/api/tasks").param("assessment", String.valueOf(first)).param("step", "Task_ReviewSelfAssessment"))
                .get("total").asLong()).isZero();
        assertThat(inbox(get("/api/tasks").param("assessment", String.valueOf(first)).param("level", "GOLD"))
                .get("total").asLong()).isZero();
        assertThat(inbox(get("/api/tasks").param("assessment", String.valueOf(first)).param("level", "BRONZE"))
                .get("total").asLong()).isEqualTo(1);

        // Pages of two: as many in all as the whole inbox, no task twice, the oldest first.
        JsonNode whole = inbox(get("/api/tasks").param("size", "100"));
        long total = whole.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);
        JsonNode page0 = inbox(get("/api/tasks").param("size", "2"));
        JsonNode page1 = inbox(get("/api/tasks").param("size", "2").param("page", "1"));
        assertThat(page0.get("total").asLong()).isEqualTo(total);
        assertThat(page0.get("size").asInt()).isEqualTo(2);
        assertThat(page0.get("items")).hasSize(2);
        List<String> ids = new ArrayList<>();
        List<String> created = new ArrayList<>();
        for (JsonNode page : List.of(page0, page1)) {
            page.get("items").forEach(t -> {
                ids.add(t.get("taskId").asText());
                created.add(t.get("created").asText());
            });
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(created).isSorted();
        assertThat(ids.subList(0, Math.min(ids.size(), 4)))
                .containsExactlyElementsOf(whole.get("items").findValuesAsText("taskId").subList(0, Math.min(ids.size(), 4)));
        assertThat(page1.get("total").asLong()).isEqualTo(total);
        // A page past the end: no task, and still the whole inbox's number (the page's own statement counts none).
        JsonNode past = inbox(get("/api/tasks").param("size", "2").param("page", String.valueOf(total)));
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asLong()).isEqualTo(total);

        // The page: its level filter and its pager.
        mvc.perform(get("/tasks").param("assessment", String.valueOf(first)).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("/assessments/" + first),
                        org.hamcrest.Matchers.containsString("Side 1 af 1 (1 i alt)"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/assessments/" + requested.get(1) + "\"")))));

        // A step that is no task key, a page size out of range: refused, in Danish.
        mvc.perform(get("/api/tasks").param("step", "x' or 1=1 --").with(Users.SUPPORT.request()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Værdien har ikke den rigtige type")));
        mvc.perform(get("/api/tasks").param("size", "0").with(Users.SUPPORT.request()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        for (String[] bad : List.of(new String[] {"level", "PLATIN"}, new String[] {"assessment", "abc"},
                new String[] {"page", "-1"})) {
            mvc.perform(get("/api/tasks").param(bad[0], bad[1]).with(Users.SUPPORT.request()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            mvc.perform(get("/tasks").param(bad[0], bad[1]).with(Users.SUPPORT.request()))
                    .andExpect(status().isBadRequest());
        }
    }

    /**
     * The managers' group holds every cluster's self-assessments: a manager's inbox counts and pages their own
     * cluster's tasks only, and another cluster's assessment is not in it even when asked for.
     */
    @Test
    void aManagersInboxIsTheirOwnClustersCountedAndPaged() throws Exception {
        Long mine = fixture.eligibleCluster();
        Long ours = fixture.assigned(mine, Users.ASSESSOR1).id();
        Long other = fixture.assigned(fixture.eligibleCluster(), Users.ASSESSOR1).id();
        Users manager = Users.managerOf(mine);
        JsonNode inbox = inbox(get("/api/tasks").param("size", "100"), manager);
        assertThat(inbox.get("total").asLong()).isEqualTo(inbox.get("items").size()).isPositive();
        assertThat(inbox.get("items").findValuesAsText("clusterId")).containsOnly(String.valueOf(mine));
        assertThat(inbox.get("items").findValuesAsText("assessmentId")).contains(String.valueOf(ours))
                .doesNotContain(String.valueOf(other));
        assertThat(inbox(get("/api/tasks").param("assessment", String.valueOf(other)), manager).get("total").asLong())
                .isZero();
        assertThat(inbox(get("/api/tasks").param("assessment", String.valueOf(ours)), manager).get("total").asLong())
                .isEqualTo(1);
    }

    /**
     * A group's task leaves the group's inbox once somebody claims it and stays in the claimer's: the inbox counts and
     * pages the tasks assigned to the reader or offered, unclaimed, to one of their groups.
     */
    @Test
    void aClaimedTaskIsTheClaimersAloneCountedAndPaged() throws Exception {
        Long id = fixture.requested(fixture.eligibleCluster()).id();
        Users colleague = new Users("support-colleague", List.of("support-staff"), null);
        String task = dk.ecei.support.ApiTasks.taskOf(mvc, Users.SUPPORT, id, "Task_AssignExpert");
        long before = inbox(get("/api/tasks"), colleague).get("total").asLong();
        assertThat(inbox(get("/api/tasks").param("assessment", String.valueOf(id)), colleague).get("total").asLong())
                .isEqualTo(1);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/tasks/" + task + "/claim")
                .with(Users.SUPPORT.request())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.name")
                        .value("Tildel en benchmarking-ekspert"));

        assertThat(inbox(get("/api/tasks").param("assessment", String.valueOf(id)), colleague).get("total").asLong())
                .isZero();
        assertThat(inbox(get("/api/tasks"), colleague).get("total").asLong()).isEqualTo(before - 1);
        JsonNode mine = inbox(get("/api/tasks").param("assessment", String.valueOf(id)));
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("taskId").asText()).isEqualTo(task);
        assertThat(mine.get("items").get(0).get("assignee").asText()).isEqualTo("support");
        assertThat(mine.get("items").get(0).get("candidateGroups").toString()).contains("support-staff");
    }

    private JsonNode inbox(MockHttpServletRequestBuilder request) throws Exception {
        return inbox(request, Users.SUPPORT);
    }

    private JsonNode inbox(MockHttpServletRequestBuilder request, Users user) throws Exception {
        return json.readTree(mvc.perform(request.with(user.request())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
