package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.assessment.BronzeFixture;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The expert asks for a document: the cluster sends files with its clarification answer (page and API); they become
 * evidence marked with the round, listed under the round; a round that does not wait for an answer takes none.
 * On the self-assessment page, files can be withdrawn while the answers may change, with the history shown.
 */
@IntegrationTest
class ClarificationFilesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    BronzeFixture fixture;

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + " " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private long clarificationRequested(long cluster) throws Exception {
        long id = fixture.submitted(cluster, Users.ASSESSOR1).id();
        String task = null;
        for (JsonNode t : body(mvc.perform(get("/api/tasks").param("assessment", String.valueOf(id))
                .with(Users.ASSESSOR1.request()))).get("items")) {
            if (t.get("assessmentId").asLong() == id && t.get("key").asText().equals("Task_ReviewSelfAssessment")) {
                task = t.get("taskId").asText();
            }
        }
        mvc.perform(post("/api/tasks/" + task + "/complete").with(Users.ASSESSOR1.request()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"CLARIFY\", \"clarification\": {\"indicatorCodes\": [\"B1.1\"], \"question\": \"Send vedtægterne.\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLARIFICATION_REQUESTED"));
        return id;
    }

    @Test
    void theApiTakesFilesForTheOpenRoundOnly() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = clarificationRequested(cluster);
        String url = "/api/assessments/" + id + "/clarifications/";

        mvc.perform(multipart(url + "2/evidence").file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf("x")))
                        .with(manager.request()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart(url + "1/evidence").file(new MockMultipartFile("file", "vedtaegter.pdf", "application/pdf",
                        pdf("vedtægter"))).with(manager.request()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clarificationRound").value(1));
        mvc.perform(post("/api/assessments/" + id + "/clarifications/answer").with(manager.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"response\": \"Vedtægterne er vedhæftet.\"}"))
                .andExpect(status().isOk());
        mvc.perform(multipart(url + "1/evidence").file(new MockMultipartFile("file", "sen.pdf", "application/pdf", pdf("sen")))
                        .with(manager.request()))
                .andExpect(status().isConflict());

        JsonNode files = body(mvc.perform(get("/api/assessments/" + id + "/evidence").with(Users.ASSESSOR1.request())));
        assertThat(files).extracting(f -> f.get("fileName").asText()).contains("vedtaegter.pdf").doesNotContain("sen.pdf", "x.pdf");
    }

    @Test
    void thePageSendsFilesWithTheAnswerAndListsThemUnderTheRound() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = clarificationRequested(cluster);

        mvc.perform(multipart("/assessments/" + id + "/clarification-answer")
                        .file(new MockMultipartFile("files", "program.exe", "application/pdf", new byte[] {0x4D, 0x5A, 0, 0}))
                        .param("response", "Her er filen.").with(manager.request()).locale(Locale.forLanguageTag("da")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Filer af denne type modtages ikke")));
        mvc.perform(multipart("/assessments/" + id + "/clarification-answer")
                        .file(new MockMultipartFile("files", "vedtaegter.pdf", "application/pdf", pdf("vedtægter")))
                        .file(new MockMultipartFile("files", "bestyrelse.pdf", "application/pdf", pdf("bestyrelse")))
                        .param("response", "Her er filerne.").with(manager.request()))
                .andExpect(status().is3xxRedirection());

        JsonNode view = body(mvc.perform(get("/api/assessments/" + id).with(manager.request())));
        assertThat(view.get("clarifications").get(0).get("response").asText()).isEqualTo("Her er filerne.");
        JsonNode files = body(mvc.perform(get("/api/assessments/" + id + "/evidence").with(manager.request())));
        assertThat(files).filteredOn(f -> f.has("clarificationRound")).extracting(f -> f.get("fileName").asText())
                .containsExactlyInAnyOrder("vedtaegter.pdf", "bestyrelse.pdf");
        String page = mvc.perform(get("/assessments/" + id).with(manager.request()).locale(Locale.forLanguageTag("da")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Filer sendt med svaret", "vedtaegter.pdf", "bestyrelse.pdf");
    }

    @Test
    void theSelfAssessmentPageWithdrawsAFileAndShowsItsHistory() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        long file = body(mvc.perform(multipart("/api/assessments/" + id + "/evidence")
                .file(new MockMultipartFile("file", "forkert.pdf", "application/pdf", pdf("forkert"))).with(manager.request())))
                .get("id").asLong();
        String before = mvc.perform(get("/assessments/" + id + "/self-assessment").with(manager.request())
                .locale(Locale.forLanguageTag("da"))).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("id=\"withdraw-" + file + "\"", "Træk tilbage");

        mvc.perform(post("/assessments/" + id + "/evidence/" + file + "/withdrawal").param("reason", "Forkert fil")
                        .with(manager.request()))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/assessments/" + id + "/self-assessment").with(manager.request())
                .locale(Locale.forLanguageTag("da"))).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Trukket tilbage af " + manager.username(), "Begrundelse: Forkert fil")
                .doesNotContain("id=\"withdraw-" + file + "\"");
        mvc.perform(post("/assessments/" + id + "/evidence/" + file + "/withdrawal").with(manager.request())
                        .locale(Locale.forLanguageTag("da")))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Filen kan ikke ændres i dette trin")));
    }
}
