package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.support.Concurrently;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every answer has its own version: a stale save is refused with 409 and the current value, saves of different
 * answers by different people at the same moment both succeed and never touch the assessment's version, and the
 * self-assessment page tells the person and keeps what they typed.
 */
@IntegrationTest
class AnswerVersionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    BronzeFixture bronze;

    @Autowired
    JdbcTemplate jdbc;

    private static Users secondManagerOf(long cluster) {
        return new Users("manager2-" + cluster, List.of("cluster-manager"), cluster);
    }

    private MockHttpServletRequestBuilder save(Users user, long id, Map<String, String> answers, Map<String, Long> versions)
            throws Exception {
        return put("/api/assessments/" + id + "/answers").with(user.request()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("answers", answers, "versions", versions)));
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    private long assessmentVersion(long id) {
        return jdbc.queryForObject("select version from assessment where id = ?", Long.class, id);
    }

    @Test
    void aStaleSaveIsRefusedWithTheCurrentValueAndChangesNothing() throws Exception {
        long cluster = bronze.eligibleCluster();
        long id = bronze.requested(cluster).id();
        Users manager = Users.managerOf(cluster);
        String code = numberIndicator();

        JsonNode first = body(mvc.perform(save(manager, id, Map.of(code, "10"), Map.of(code, 0L))).andReturn().getResponse());
        assertThat(first.path("answers").path(code).path("version").asLong()).isEqualTo(1);
        // Two tabs show version 1; the first saves, the second is stale.
        assertThat(mvc.perform(save(manager, id, Map.of(code, "20"), Map.of(code, 1L))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        MockHttpServletResponse stale = mvc.perform(save(secondManagerOf(cluster), id, Map.of(code, "30"),
                Map.of(code, 1L))).andReturn().getResponse();

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = body(stale);
        assertThat(problem.path("changed").asText()).isEqualTo("answer");
        assertThat(problem.path("changedId").asText()).isEqualTo(code);
        assertThat(problem.path("current").path(code).path("value").asText()).isEqualTo("20");
        assertThat(problem.path("current").path(code).path("version").asLong()).isEqualTo(2);
        assertThat(problem.path("current").path(code).path("updatedBy").asText()).isEqualTo(manager.username());
        assertThat(jdbc.queryForObject("select answer_value from assessment_answer where assessment_id = ? and"
                + " indicator_code = ?", String.class, id, code)).isEqualTo("20");

        // "I saw no answer" (version 0) is stale too once somebody answered; with the current version it replaces.
        assertThat(mvc.perform(save(manager, id, Map.of(code, "40"), Map.of(code, 0L))).andReturn().getResponse()
                .getStatus()).isEqualTo(409);
        assertThat(mvc.perform(save(manager, id, Map.of(code, "40"), Map.of(code, 2L))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void twoPeopleSavingDifferentAnswersAtOnceBothSucceedAndTheAssessmentVersionStays() throws Exception {
        long cluster = bronze.eligibleCluster();
        long id = bronze.requested(cluster).id();
        List<String> codes = List.copyOf(bronze.completeAnswers().keySet());
        Map<String, String> valid = bronze.completeAnswers();
        long before = assessmentVersion(id);
        for (int round = 0; round < 6; round++) {
            String a = codes.get(2 * round);
            String b = codes.get(2 * round + 1);
            List<MockHttpServletResponse> answers = Concurrently.perform(mvc,
                    save(Users.managerOf(cluster), id, Map.of(a, valid.get(a)), Map.of(a, 0L)),
                    save(secondManagerOf(cluster), id, Map.of(b, valid.get(b)), Map.of(b, 0L)));
            assertThat(answers).extracting(MockHttpServletResponse::getStatus).as("%s", answers.stream()
                    .map(r -> { try { return r.getContentAsString(); } catch (Exception e) { return "?"; } }).toList())
                    .containsExactly(200, 200);
        }
        assertThat(jdbc.queryForObject("select count(*) from assessment_answer where assessment_id = ?", Long.class, id))
                .isEqualTo(12);
        assertThat(assessmentVersion(id)).as("answer saves do not bump the assessment's version").isEqualTo(before);
    }

    @Test
    void twoPeopleSavingTheSameAnswerAtOnceOneWinsOneIsRefused() throws Exception {
        long cluster = bronze.eligibleCluster();
        long id = bronze.requested(cluster).id();
        String code = numberIndicator();
        for (int round = 0; round < 4; round++) {
            long version = round == 0 ? 0 : jdbc.queryForObject("select version from assessment_answer where"
                    + " assessment_id = ? and indicator_code = ?", Long.class, id, code);
            List<MockHttpServletResponse> answers = Concurrently.perform(mvc,
                    save(Users.managerOf(cluster), id, Map.of(code, String.valueOf(100 + round)), Map.of(code, version)),
                    save(secondManagerOf(cluster), id, Map.of(code, String.valueOf(200 + round)), Map.of(code, version)));
            assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
            MockHttpServletResponse winner = answers.stream().filter(r -> r.getStatus() == 200).findFirst().orElseThrow();
            MockHttpServletResponse loser = answers.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
            String stored = jdbc.queryForObject("select answer_value from assessment_answer where assessment_id = ?"
                    + " and indicator_code = ?", String.class, id, code);
            assertThat(body(winner).path("answers").path(code).path("value").asText()).isEqualTo(stored);
            assertThat(body(loser).path("current").path(code).path("value").asText()).isEqualTo(stored);
        }
    }

    @Test
    void theSelfAssessmentPageSaysSomebodyElseSavedAndKeepsWhatWasTyped() throws Exception {
        long cluster = bronze.eligibleCluster();
        long id = bronze.requested(cluster).id();
        Users manager = Users.managerOf(cluster);
        String code = numberIndicator();
        String page = mvc.perform(get("/assessments/" + id + "/self-assessment").with(manager.request()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"versions[" + code + "]\" value=\"0\"");

        // Somebody else answers after this page was shown; this person then saves the page as they saw it.
        mvc.perform(save(secondManagerOf(cluster), id, Map.of(code, "77"), Map.of(code, 0L)));
        MockHttpServletResponse answer = mvc.perform(post("/assessments/" + id + "/self-assessment").with(manager.request())
                .param("answers[" + code + "]", "55").param("versions[" + code + "]", "0").param("was[" + code + "]", "")).andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(409);
        String html = answer.getContentAsString();
        assertThat(html).contains("value=\"55\"");
        assertThat(html).contains("manager2-" + cluster + " har gemt dette svar i mellemtiden: &quot;77&quot;");
        assertThat(html).contains("name=\"versions[" + code + "]\" value=\"1\"");
        assertThat(jdbc.queryForObject("select answer_value from assessment_answer where assessment_id = ? and"
                + " indicator_code = ?", String.class, id, code)).isEqualTo("77");

        // Saving again (the page now carries version 1) replaces the other answer; an unchanged field is not saved.
        assertThat(mvc.perform(post("/assessments/" + id + "/self-assessment").with(manager.request())
                .param("answers[" + code + "]", "55").param("versions[" + code + "]", "1").param("was[" + code + "]", "77"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select answer_value from assessment_answer where assessment_id = ? and"
                + " indicator_code = ?", String.class, id, code)).isEqualTo("55");
    }

    private String numberIndicator() {
        return bronze.completeAnswers().entrySet().stream().filter(e -> e.getValue().equals("42")).findFirst()
                .orElseThrow().getKey();
    }
}
