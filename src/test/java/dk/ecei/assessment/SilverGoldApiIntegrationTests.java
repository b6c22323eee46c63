package dk.ecei.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Silver and Gold from request to label through the REST API, and the moves that must be refused. */
@IntegrationTest
class SilverGoldApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    SilverGoldFixture fixture;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Users user, Object body) throws Exception {
        return request.with(user.request()).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body));
    }

    private ResultActions upload(Users user, long id, String indicatorCode, String coversYear) throws Exception {
        var request = multipart("/api/assessments/" + id + "/evidence")
                .file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", SilverGoldFixture.pdf("Rapport " + coversYear)))
                .param("coversYear", coversYear).with(user.request());
        if (indicatorCode != null) {
            request.param("indicatorCode", indicatorCode);
        }
        return mvc.perform(request);
    }

    private String taskOf(Users user, long assessmentId, String key) throws Exception {
        return dk.ecei.support.ApiTasks.taskOf(mvc, user, assessmentId, key);
    }

    private ResultActions complete(Users user, long id, String key, Object form) throws Exception {
        return mvc.perform(withJson(post("/api/tasks/" + taskOf(user, id, key) + "/complete"), user, form));
    }

    @Test
    void aSilverAssessmentGoesFromRequestToLabelThroughTheApi() throws Exception {
        long cluster = fixture.silverReadyCluster();
        Users manager = Users.managerOf(cluster);

        long id = body(mvc.perform(withJson(post("/api/assessments/silver"), manager, "{\"clusterId\": " + cluster + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("SILVER"))
                .andExpect(jsonPath("$.waitingAt", hasItem("Task_AssignExpert")))).get("id").asLong();
        mvc.perform(withJson(post("/api/assessments/silver"), manager, "{\"clusterId\": " + cluster + "}"))
                .andExpect(status().isConflict());

        complete(Users.SUPPORT, id, "Task_AssignExpert",
                Map.of("expert", "assessor1", "plannedInterviewDate", TestClock.today().plusDays(10).toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SELF_ASSESSMENT"));

        mvc.perform(withJson(put("/api/assessments/" + id + "/improvement-areas"), manager,
                        "{\"areas\": [{\"title\": \"X\", \"indicatorCodes\": [\"B1.1\"], \"whatChanged\": \"y\", \"evidence\": \"z\"}]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0]").value("Forbedringsområde 1: B1.1 er ikke en Guld-indikator."));
        mvc.perform(post("/api/assessments/" + id + "/submission").with(manager.request()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0]").value("3 forbedringsområder mere"));
        mvc.perform(withJson(put("/api/assessments/" + id + "/improvement-areas"), manager, Map.of("areas", fixture.areas())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.improvementAreas[2].title").value("Services"));
        complete(manager, id, "Task_DescribeImprovements", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AUDIT"));

        complete(Users.ASSESSOR1, id, "Task_AuditImprovements", fixture.silverAudit())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.outcome.recommendation").value("SILVER"));
        mvc.perform(withJson(post("/api/assessments/" + id + "/decision"), manager, Map.of("decision", "APPROVE", "reason", "ja")))
                .andExpect(status().isForbidden());
        mvc.perform(withJson(post("/api/assessments/" + id + "/decision"), Users.SUPPORT, Map.of("decision", "APPROVE")))
                .andExpect(status().isBadRequest());
        long labelId = body(mvc.perform(withJson(post("/api/assessments/" + id + "/decision"), Users.SUPPORT,
                        Map.of("decision", "APPROVE", "reason", "Forbedringerne er dokumenteret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.decisions[1].decidedBy").value("support"))
                .andExpect(jsonPath("$.decisions[1].reason").value("Forbedringerne er dokumenteret"))).get("labelId").asLong();

        mvc.perform(get("/api/labels/" + labelId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("SILVER"))
                .andExpect(jsonPath("$.validUntil").value(java.time.YearMonth.from(TestClock.today()).plusMonths(24).atEndOfMonth().toString()));
        mvc.perform(get("/api/assessments/" + id + "/history").with(manager.request())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItems("REQUESTED", "EXPERT_ASSIGNED", "IMPROVEMENT_AREAS_SAVED",
                        "SUBMITTED", "AUDITED", "RECOMMENDED", "APPROVED", "LABEL_AWARDED")));
    }

    @Test
    void silverWithoutTwoBronzeBenchmarksIsRefusedWithTheReason() throws Exception {
        long cluster = fixture.eligibleCluster();
        mvc.perform(withJson(post("/api/assessments/silver"), Users.managerOf(cluster), "{\"clusterId\": " + cluster + "}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reasons[0]").value("Sølv kræver to Bronze-benchmarkinger i registret; klyngen har 0."))
                .andExpect(jsonPath("$.violations[0].code").value("request.silverTwoBronze"));
    }

    @Test
    void aGoldAssessmentGoesFromGapAnalysisToLabelThroughTheApi() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);

        long id = body(mvc.perform(withJson(post("/api/assessments/gold"), manager, "{\"clusterId\": " + cluster + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PRE_CHECK"))
                .andExpect(jsonPath("$.renewal").value(false))
                .andExpect(jsonPath("$.waitingAt", hasItem("Task_ReviewGapAnalysis")))).get("id").asLong();
        mvc.perform(get("/api/assessments/" + id + "/gap-analysis").with(Users.managerOf(cluster + 1000).request()))
                .andExpect(status().isNotFound());
        mvc.perform(withJson(put("/api/assessments/" + id + "/answers"), manager, Map.of("answers", fixture.goldAnswers())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(31));
        mvc.perform(get("/api/assessments/" + id + "/gap-analysis").with(manager.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(31))
                .andExpect(jsonPath("$.shortOf").value(0))
                .andExpect(jsonPath("$.passShare").value(0.8))
                .andExpect(jsonPath("$.indicators[0].code").value("G1.1"));
        complete(manager, id, "Task_ReviewGapAnalysis", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REQUESTED"));

        mvc.perform(withJson(post("/api/assessments/" + id + "/experts"), Users.SUPPORT,
                        Map.of("expert", "assessor1", "secondExpert", "assessor1", "plannedAuditDate", TestClock.today().plusDays(5).toString())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[*].code", hasItem("rule.pair.same")));
        complete(Users.SUPPORT, id, "Task_AssignExperts",
                Map.of("expert", "assessor1", "secondExpert", "assessor2", "plannedAuditDate", TestClock.today().plusDays(5).toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.secondExpert").value("assessor2"))
                .andExpect(jsonPath("$.auditDays").value(2));
        int year = LocalDate.now(SilverGoldFixture.DENMARK).getYear();
        complete(manager, id, "Task_FillSelfAssessment", "{}").andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reasons", contains("Dokumentation, der dækker " + (year - 2), "Dokumentation, der dækker " + (year - 1))));
        upload(manager, id, "G5.2", String.valueOf(year - 1)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.coversYear").value(year - 1)).andExpect(jsonPath("$.indicatorCode").value("G5.2"));
        mvc.perform(get("/api/assessments/" + id + "/questionnaire").with(manager.request())).andExpect(status().isOk())
                .andExpect(jsonPath("$.missing[*].code", contains("rule.missing.evidenceYear")))
                .andExpect(jsonPath("$.missing[0].arguments", contains(String.valueOf(year - 2))));
        upload(manager, id, null, String.valueOf(year + 1)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0]").value("Filen kan ikke dække " + (year + 1) + "; angiv et år fra 2000 til " + year + "."))
                .andExpect(jsonPath("$.violations[0].code").value("rule.evidence.coversYear"));
        upload(manager, id, null, "1999").andExpect(status().isUnprocessableEntity());
        upload(manager, id, null, "last year").andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        upload(manager, id, null, String.valueOf(year - 2)).andExpect(status().isCreated());
        mvc.perform(get("/api/assessments/" + id + "/evidence").with(manager.request())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].coversYear", contains(year - 1, year - 2)));
        complete(manager, id, "Task_FillSelfAssessment", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AUDIT"));
        mvc.perform(get("/api/assessments/" + id + "/history").with(manager.request()))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("covering " + (year - 2)))));

        TestClock.set(Instant.now().plus(Duration.ofDays(5)));
        complete(Users.ASSESSOR2, id, "Task_ScoreIndicators", fixture.scores(2, "G5.2")).andExpect(status().isOk());
        mvc.perform(withJson(post("/api/assessments/" + id + "/scores"), Users.ASSESSOR2, fixture.scores(2)))
                .andExpect(status().isConflict());
        mvc.perform(withJson(post("/api/assessments/" + id + "/scores"), Users.ASSESSOR1, fixture.scores(2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AGREEING_SCORES"));
        complete(Users.ASSESSOR1, id, "Task_AgreeFinalScores",
                Map.of("scores", Map.of("G5.2", Map.of("met", true, "note", "Presseklip for 2024 og 2025 fremvist"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.recommendation").value("GOLD"))
                .andExpect(jsonPath("$.outcome.indicatorsMet").value(31))
                .andExpect(jsonPath("$.finalScores['G5.2'].decidedBy").value("assessor1"));
        long labelId = body(complete(Users.SUPPORT, id, "Task_ApproveLabel", Map.of("decision", "APPROVE", "reason", "Guld"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))).get("labelId").asLong();

        mvc.perform(get("/api/labels/" + labelId)).andExpect(status().isOk()).andExpect(jsonPath("$.level").value("GOLD"));
        mvc.perform(get("/api/assessments/" + id).with(Users.ASSESSOR2.request())).andExpect(status().isOk())
                .andExpect(jsonPath("$.scores.length()").value(62));
    }
}
