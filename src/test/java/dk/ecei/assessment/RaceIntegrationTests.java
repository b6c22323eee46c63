package dk.ecei.assessment;

import dk.ecei.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.support.Concurrently;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Two people doing the same thing at the same moment, really at once (two threads released by one latch, the real
 * engine on the real MariaDB): exactly one succeeds and the other gets a 409 problem+json naming what changed, never
 * a 5xx. Each race runs several rounds so that both orders and true overlaps occur.
 */
@IntegrationTest
class RaceIntegrationTests {

    private static final int ROUNDS = 4;
    private static final Users SUPPORT2 = new Users("support2", List.of("support-staff"), null);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    BronzeFixture bronze;

    @Autowired
    SilverGoldFixture silverGold;

    @Autowired
    ExpertReviews silverGoldService;

    @Test
    void twoSupportStaffClaimingOneTaskAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = bronze.requested(bronze.eligibleCluster()).id();
            String task = taskOf(Users.SUPPORT, id, "Task_AssignExpert");
            List<MockHttpServletResponse> answers = race(user -> post("/api/tasks/" + task + "/claim").with(user.request()),
                    Users.SUPPORT, SUPPORT2);
            MockHttpServletResponse loser = oneWinsOneConflicts(answers);
            assertThat(json.readTree(loser.getContentAsString()).path("changed").asText()).isEqualTo("task");
            assertThat(json.readTree(loser.getContentAsString()).path("changedId").asText()).isEqualTo(task);
            String holder = json.readTree(answers.get(answers.get(0).getStatus() == 200 ? 0 : 1).getContentAsString())
                    .path("assignee").asText();
            assertThat(holder).isIn("support", "support2");
        }
    }

    @Test
    void theInboxPageSaysInDanishThatSomebodyElseTookTheTask() throws Exception {
        long id = bronze.requested(bronze.eligibleCluster()).id();
        String task = taskOf(Users.SUPPORT, id, "Task_AssignExpert");
        mvc.perform(post("/api/tasks/" + task + "/claim").with(Users.SUPPORT.request()));
        var flash = mvc.perform(post("/tasks/" + task + "/claim").with(SUPPORT2.request())).andReturn().getFlashMap();
        assertThat(flash.get("problems")).isEqualTo(List.of("En anden har taget eller afsluttet denne opgave i mellemtiden."));
    }

    @Test
    void twoSupportStaffAssigningOneRequestAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = bronze.requested(bronze.eligibleCluster()).id();
            String form = json.writeValueAsString(Map.of("expert", "assessor2",
                    "plannedInterviewDate", TestClock.today().plusDays(10).toString()));
            List<MockHttpServletResponse> answers = race(user -> post("/api/assessments/" + id + "/assignment")
                    .with(user.request()).contentType(MediaType.APPLICATION_JSON).content(form), Users.SUPPORT, SUPPORT2);
            oneWinsOneConflicts(answers);
            JsonNode after = json.readTree(mvc.perform(get("/api/assessments/" + id).with(Users.SUPPORT.request()))
                    .andReturn().getResponse().getContentAsString());
            assertThat(after.path("status").asText()).isEqualTo("SELF_ASSESSMENT");
            assertThat(after.path("waitingAt").toString()).contains("Task_FillSelfAssessment");
        }
    }

    @Test
    void oneClaimingWhileAnotherAssignsAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = bronze.requested(bronze.eligibleCluster()).id();
            String task = taskOf(Users.SUPPORT, id, "Task_AssignExpert");
            String form = json.writeValueAsString(Map.of("expert", "assessor2",
                    "plannedInterviewDate", TestClock.today().plusDays(10).toString()));
            List<MockHttpServletResponse> answers = Concurrently.perform(mvc,
                    post("/api/tasks/" + task + "/claim").with(Users.SUPPORT.request()),
                    post("/api/assessments/" + id + "/assignment").with(SUPPORT2.request())
                            .contentType(MediaType.APPLICATION_JSON).content(form));
            // Whoever comes second learns that the task changed (409), never that it is not theirs (403) nor a 5xx;
            // the engine does not ask a completion who holds the task, so a claim just before it may succeed too.
            List<Integer> statuses = answers.stream().map(MockHttpServletResponse::getStatus).toList();
            assertThat(statuses).as("bodies %s", bodies(answers)).allSatisfy(s -> assertThat(s).isIn(200, 409))
                    .contains(200);
            for (MockHttpServletResponse loser : answers.stream().filter(r -> r.getStatus() == 409).toList()) {
                assertThat(loser.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(json.readTree(loser.getContentAsString()).path("changed").asText()).isEqualTo("task");
            }
            JsonNode after = json.readTree(mvc.perform(get("/api/assessments/" + id).with(Users.SUPPORT.request()))
                    .andReturn().getResponse().getContentAsString());
            if (answers.get(1).getStatus() == 200) {
                assertThat(after.path("status").asText()).isEqualTo("SELF_ASSESSMENT");
            }
        }
        // The same one after the other: the claim has won, the assignment learns that the task changed.
        long id = bronze.requested(bronze.eligibleCluster()).id();
        String task = taskOf(Users.SUPPORT, id, "Task_AssignExpert");
        mvc.perform(post("/api/tasks/" + task + "/claim").with(Users.SUPPORT.request()));
        MockHttpServletResponse late = mvc.perform(post("/api/assessments/" + id + "/assignment").with(SUPPORT2.request())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("expert", "assessor2",
                        "plannedInterviewDate", TestClock.today().plusDays(10).toString())))).andReturn().getResponse();
        assertThat(late.getStatus()).as(late.getContentAsString()).isEqualTo(409);
        assertThat(json.readTree(late.getContentAsString()).path("changedId").asText()).isEqualTo(task);
    }

    @Test
    void twoPeopleCompletingOneTaskThroughTheInboxAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = bronze.requested(bronze.eligibleCluster()).id();
            String task = taskOf(Users.SUPPORT, id, "Task_AssignExpert");
            String form = json.writeValueAsString(Map.of("expert", "assessor2",
                    "plannedInterviewDate", TestClock.today().plusDays(10).toString()));
            oneWinsOneConflicts(race(user -> post("/api/tasks/" + task + "/complete").with(user.request())
                    .contentType(MediaType.APPLICATION_JSON).content(form), Users.SUPPORT, SUPPORT2));
        }
        // Completing a task that has ended is a conflict that says so, not "not found" and not a 500.
        long id = bronze.requested(bronze.eligibleCluster()).id();
        String task = taskOf(Users.SUPPORT, id, "Task_AssignExpert");
        bronze.assign(id, Users.ASSESSOR2);
        MockHttpServletResponse late = mvc.perform(post("/api/tasks/" + task + "/complete").with(SUPPORT2.request())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json.readTree(late.getContentAsString()).path("detail").asText()).contains("er allerede afsluttet");
        // ... but only for those who may see its assessment: to others it does not exist.
        assertThat(mvc.perform(post("/api/tasks/" + task + "/complete").with(Users.managerOf(999_999L).request())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void twoLabelCommitteeMembersDecidingAtOnce() throws Exception {
        for (int round = 0; round < 2; round++) {
            Long cluster = silverGold.silverReadyCluster();
            Users auditor = silverGold.newAssessor("DK");
            long id = silverGold.silverInAudit(cluster, auditor).id();
            int before = auditor.call(() -> silverGoldService.recordSilverAudit(id, silverGold.silverAudit())).decisions().size();
            String approve = json.writeValueAsString(Map.of("decision", "APPROVE", "reason", "Dokumenteret"));
            oneWinsOneConflicts(race(user -> post("/api/assessments/" + id + "/decision").with(user.request())
                    .contentType(MediaType.APPLICATION_JSON).content(approve), Users.SUPPORT, SUPPORT2));
            JsonNode after = json.readTree(mvc.perform(get("/api/assessments/" + id).with(Users.SUPPORT.request()))
                    .andReturn().getResponse().getContentAsString());
            assertThat(after.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(after.path("decisions").size()).as("one decision recorded, not two").isEqualTo(before + 1);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private List<MockHttpServletResponse> race(Function<Users, RequestBuilder> request, Users first, Users second)
            throws Exception {
        return Concurrently.perform(mvc, request.apply(first), request.apply(second));
    }

    /** One 2xx and one 409 problem+json; returns the loser's answer. */
    private MockHttpServletResponse oneWinsOneConflicts(List<MockHttpServletResponse> answers) throws Exception {
        List<Integer> statuses = answers.stream().map(MockHttpServletResponse::getStatus).sorted().toList();
        assertThat(statuses).as("statuses %s, bodies %s", statuses, bodies(answers)).hasSize(2);
        assertThat(statuses.get(0)).as("bodies %s", bodies(answers)).isBetween(200, 299);
        assertThat(statuses.get(1)).as("bodies %s", bodies(answers)).isEqualTo(409);
        MockHttpServletResponse loser = answers.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
        assertThat(loser.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(loser.getContentAsString());
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("detail").asText()).isNotBlank();
        return loser;
    }

    private static List<String> bodies(List<MockHttpServletResponse> answers) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MockHttpServletResponse answer : answers) {
            bodies.add(answer.getStatus() + " " + answer.getContentAsString());
        }
        return bodies;
    }

    private String taskOf(Users user, long assessmentId, String key) throws Exception {
        return dk.ecei.support.ApiTasks.taskOf(mvc, user, assessmentId, key);
    }
}
