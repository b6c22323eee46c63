package dk.ecei.assessment;

import dk.ecei.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A Bronze benchmark from request to label through the REST API, and the moves that must be refused. */
@IntegrationTest
class BronzeBenchmarkApiIntegrationTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    BronzeFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dk.ecei.indicator.CatalogueService catalogue;

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private String taskOf(Users user, long assessmentId, String key) throws Exception {
        return dk.ecei.support.ApiTasks.taskOf(mvc, user, assessmentId, key);
    }

    @Test
    void aBenchmarkGoesFromRequestToLabelThroughTheApi() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);

        long id = body(mvc.perform(post("/api/assessments/bronze").with(manager.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clusterId\": " + cluster + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.catalogueVersion").value(catalogue.current().code()))
                .andExpect(jsonPath("$.waitingAt", hasItem("Task_AssignExpert")))).get("id").asLong();

        // Support staff see the assignment task in their inbox, claim it and complete it with the step's form.
        String assign = taskOf(Users.SUPPORT, id, "Task_AssignExpert");
        mvc.perform(post("/api/tasks/" + assign + "/claim").with(Users.SUPPORT.request()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").value("support"));
        mvc.perform(post("/api/tasks/" + assign + "/complete").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expert\": \"assessor2\", \"plannedInterviewDate\": \"" + TestClock.today().plusDays(10) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELF_ASSESSMENT"))
                .andExpect(jsonPath("$.expert").value("assessor2"));

        // Drafts, an incomplete submission with the list of what is missing, then the rest.
        mvc.perform(put("/api/assessments/" + id + "/answers").with(manager.request()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"B1.1\": \"40\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answered").value(1))
                .andExpect(jsonPath("$.total").value(36));
        mvc.perform(post("/api/assessments/" + id + "/submission").with(manager.request()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reasons", hasSize(36)))
                .andExpect(jsonPath("$.reasons", hasItems("Svar på B6.6", "3 succeshistorier mere")))
                .andExpect(jsonPath("$.violations[*].code", hasItems("rule.missing.answer", "rule.missing.stories")))
                .andExpect(jsonPath("$.violations[?(@.code == 'rule.missing.answer')].field", hasItems("answers[B6.6]")));
        mvc.perform(put("/api/assessments/" + id + "/answers").with(manager.request()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("answers", fixture.completeAnswers()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.missing", hasSize(1)));
        mvc.perform(put("/api/assessments/" + id + "/success-stories").with(manager.request()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("stories", fixture.stories()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.missing", hasSize(0)));
        mvc.perform(multipart("/api/assessments/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "budget.pdf", "application/pdf", PDF)).param("indicatorCode", "B3.1")
                        .with(manager.request()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(PDF.length))
                .andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
        mvc.perform(post("/api/tasks/" + taskOf(manager, id, "Task_FillSelfAssessment") + "/complete").with(manager.request()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));

        // The expert asks once, the cluster answers with a changed figure, the expert reports.
        mvc.perform(post("/api/tasks/" + taskOf(Users.ASSESSOR2, id, "Task_ReviewSelfAssessment") + "/complete")
                        .with(Users.ASSESSOR2.request()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"CLARIFY\", \"clarification\": {\"indicatorCodes\": [\"B1.1\"], \"question\": \"Hvor mange er aktive?\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLARIFICATION_REQUESTED"));
        mvc.perform(put("/api/assessments/" + id + "/answers").with(manager.request()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"B2.1\": \"3\"}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].code").value("answer.error.notAsked"))
                .andExpect(jsonPath("$.violations[0].field").value("answers[B2.1]"));
        mvc.perform(post("/api/assessments/" + id + "/clarifications/answer").with(manager.request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"response\": \"35 er aktive.\", \"answers\": {\"B1.1\": \"35\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers['B1.1'].value").value("35"))
                .andExpect(jsonPath("$.clarifications[0].response").value("35 er aktive."));
        JsonNode labelled = body(mvc.perform(post("/api/assessments/" + id + "/report").with(Users.ASSESSOR2.request())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(fixture.report(id))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED")));

        long labelId = labelled.get("labelId").asLong();
        mvc.perform(get("/api/labels/" + labelId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("BRONZE"))
                .andExpect(jsonPath("$.clusterId").value(cluster))
                .andExpect(jsonPath("$.validUntil").value(java.time.YearMonth.from(TestClock.today()).plusMonths(24).atEndOfMonth().toString()));
        mvc.perform(get("/api/assessments/" + id + "/history").with(manager.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItems("REQUESTED", "EXPERT_ASSIGNED", "EVIDENCE_ADDED", "SUBMITTED",
                        "CLARIFICATION_REQUESTED", "CLARIFICATION_ANSWERED", "REPORTED", "LABEL_AWARDED")));
    }

    @Test
    void anIneligibleClusterIsRefusedWithTheReasonsAndNothingStarts() throws Exception {
        Long before = jdbc.queryForObject("select count(*) from assessment", Long.class);

        mvc.perform(post("/api/assessments/bronze").with(Users.managerOf(2L).request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clusterId\": 2}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reasons", hasItems("Efter ECEI-reglerne: sekretariatets årsværk er ikke registreret.",
                        "Efter ECEI-reglerne: de forpligtede medlemmer er ikke registreret.")))
                .andExpect(jsonPath("$.violations[*].code", hasItems("eligibility.fteUnknown", "eligibility.membersUnknown")));

        assertThat(jdbc.queryForObject("select count(*) from assessment", Long.class)).isEqualTo(before);
        mvc.perform(post("/api/assessments/bronze").with(Users.managerOf(2L).request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clusterId\": 3}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/assessments/bronze").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clusterId\": 999999}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/assessments/bronze").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clusterId\": \"abc\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aConflictedOrUnqualifiedExpertIsNotAssigned() throws Exception {
        long cluster = fixture.eligibleCluster();
        long id = fixture.requested(cluster).id();

        mvc.perform(post("/api/assessments/" + id + "/assignment").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expert\": \"nobody\", \"plannedInterviewDate\": \"" + TestClock.today().plusDays(5) + "\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/assessments/" + id + "/assignment").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expert\": \"assessor1\", \"plannedInterviewDate\": \"2031-01-01\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/assessments/" + id + "/assignment").with(Users.managerOf(cluster).request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expert\": \"assessor1\", \"plannedInterviewDate\": \"" + TestClock.today().plusDays(5) + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/assessments/" + id).with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.status").value("REQUESTED"));
    }

    @Test
    void illegalMovesAreRefusedAndChangeNothing() throws Exception {
        long cluster = fixture.eligibleCluster();
        long otherCluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.submitted(cluster, Users.ASSESSOR1).id();

        // Submitting twice.
        mvc.perform(post("/api/assessments/" + id + "/submission").with(manager.request()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        // Reviewing as an expert who is not assigned: the assessment does not exist for them.
        mvc.perform(post("/api/assessments/" + id + "/report").with(Users.ASSESSOR2.request())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(fixture.report(id))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/" + id).with(Users.ASSESSOR2.request())).andExpect(status().isNotFound());
        // Completing another user's task through the task API.
        String review = taskOf(Users.ASSESSOR1, id, "Task_ReviewSelfAssessment");
        mvc.perform(post("/api/tasks/" + review + "/complete").with(Users.ASSESSOR2.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"REPORT\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tasks/" + review + "/complete").with(manager.request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"CLARIFY\", \"clarification\": {\"indicatorCodes\": [\"B1.1\"], \"question\": \"?\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/" + review + "/claim").with(Users.SUPPORT.request()))
                .andExpect(status().isConflict());
        // A review decision without its form, and an unknown decision.
        mvc.perform(post("/api/tasks/" + review + "/complete").with(Users.ASSESSOR1.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"REPORT\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/tasks/" + review + "/complete").with(Users.ASSESSOR1.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"APPROVE\"}"))
                .andExpect(status().isUnprocessableEntity());
        // Another cluster's manager sees nothing of it, its evidence included.
        mvc.perform(get("/api/assessments/" + id).with(Users.managerOf(otherCluster).request())).andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/" + id + "/evidence").with(Users.managerOf(otherCluster).request()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/assessments/" + id + "/withdrawal").with(Users.managerOf(otherCluster).request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"sabotage\"}"))
                .andExpect(status().isNotFound());
        // A report with an interview in the future and missing groups.
        mvc.perform(post("/api/assessments/" + id + "/report").with(Users.ASSESSOR1.request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"interviewDate\": \"" + TestClock.today().plusDays(3) + "\", \"groups\": {}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons", hasSize(7)));

        mvc.perform(get("/api/assessments/" + id).with(Users.ASSESSOR1.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.waitingAt", hasItem("Task_ReviewSelfAssessment")))
                .andExpect(jsonPath("$.clarifications", hasSize(0)));
    }

    @Test
    void evidenceIsCheckedFromItsBytesAndARejectedFileLeavesTheEarlierOnes() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        String url = "/api/assessments/" + id + "/evidence";

        long fileId = body(mvc.perform(multipart(url).file(new MockMultipartFile("file", "strategi.pdf", "application/pdf", PDF))
                .param("indicatorCode", "B1.1").with(manager.request())).andExpect(status().isCreated())).get("id").asLong();

        byte[] executable = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00};
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", executable))
                        .with(manager.request()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "stor.pdf", "application/pdf", oversizePdf()))
                        .with(manager.request()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                        .param("indicatorCode", "Z9.9").with(manager.request()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                        .with(Users.ASSESSOR1.request()))
                .andExpect(status().isForbidden());

        mvc.perform(get(url).with(manager.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].fileName").value("strategi.pdf"));
        mvc.perform(get(url + "/" + fileId + "/content").with(Users.ASSESSOR1.request()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get(url + "/" + fileId + "/content").with(Users.ASSESSOR2.request())).andExpect(status().isNotFound());
        mvc.perform(get(url + "/" + fileId + "/content")).andExpect(status().isUnauthorized());
    }

    private static byte[] oversizePdf() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        return big;
    }
}
