package dk.ecei.security;

import dk.ecei.support.KeycloakServerTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.support.KeycloakTestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The real Keycloak with realm-config imported issues the tokens; the application checks them as in production
 * (issuer, audience, signature, expiry) with the demo login switched off. Every endpoint is called as every role.
 */
class KeycloakAccessIntegrationTests extends KeycloakServerTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> CALLERS = List.of("anonymous", "support", "admin", "assessor1", "manager-clean",
            "manager-brains");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private final KeycloakTestServer keycloak = KeycloakTestServer.getInstance();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private long assessmentOfClean;
    private long evidenceOfClean;

    private String token(String user) {
        return tokens.computeIfAbsent(user, keycloak::accessToken);
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return "anonymous".equals(user) ? request : request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(user));
    }

    private JsonNode body(String user, MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        String response = mvc.perform(as(user, request)).andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
        return response.isEmpty() ? null : json.readTree(response);
    }

    @BeforeAll
    void aBenchmarkOfCleanWithEvidence() throws Exception {
        JsonNode clean = body("support", get("/api/clusters/1"), 200);
        body("support", put("/api/clusters/1").contentType(MediaType.APPLICATION_JSON).content("""
                {"version": %d, "details": {"name": "CLEAN", "type": "NATIONAL_INNOVATION_NETWORK",
                 "fields": ["ENERGY", "ENVIRONMENT"], "secretariatFte": 12,
                 "members": {"companies": 150, "knowledgeInstitutions": 10, "publicActors": 20}}}"""
                .formatted(clean.get("version").asLong())), 200);
        assessmentOfClean = body("manager-clean", post("/api/assessments/bronze").contentType(MediaType.APPLICATION_JSON)
                .content("{\"clusterId\": 1}"), 201).get("id").asLong();
        evidenceOfClean = body("manager-clean", multipart("/api/assessments/" + assessmentOfClean + "/evidence")
                .file(new MockMultipartFile("file", "strategi.pdf", "application/pdf", PDF)), 201).get("id").asLong();
    }

    /** One row of the matrix: a request, and the status each caller must get. */
    record Row(String name, Supplier<MockHttpServletRequestBuilder> request, Map<String, Integer> expected) {
    }

    private static Map<String, Integer> statuses(int anonymous, int support, int admin, int assessor, int managerClean,
            int managerBrains) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("anonymous", anonymous);
        m.put("support", support);
        m.put("admin", admin);
        m.put("assessor1", assessor);
        m.put("manager-clean", managerClean);
        m.put("manager-brains", managerBrains);
        return m;
    }

    private List<Row> matrix() {
        String a = "/api/assessments/" + assessmentOfClean;
        String newCluster = """
                {"name": "Matrixklynge %s", "type": "REGIONAL_CLUSTER", "fields": ["ICT"]}""";
        String staleClusterUpdate = """
                {"version": 999999, "details": {"name": "CLEAN", "type": "NATIONAL_INNOVATION_NETWORK", "fields": ["ENERGY"]}}""";
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("public label register", () -> get("/api/labels"), statuses(200, 200, 200, 200, 200, 200)));
        rows.add(new Row("one label", () -> get("/api/labels/1"), statuses(200, 200, 200, 200, 200, 200)));
        rows.add(new Row("cluster list", () -> get("/api/clusters"), statuses(401, 200, 200, 200, 200, 200)));
        rows.add(new Row("one cluster", () -> get("/api/clusters/1"), statuses(401, 200, 200, 200, 200, 200)));
        rows.add(new Row("eligibility", () -> get("/api/clusters/1/eligibility"), statuses(401, 200, 200, 200, 200, 200)));
        rows.add(new Row("register a cluster", () -> post("/api/clusters").contentType(MediaType.APPLICATION_JSON)
                .content(newCluster.formatted(UUID.randomUUID())), statuses(401, 201, 201, 403, 403, 403)));
        rows.add(new Row("update a cluster (stale version)", () -> put("/api/clusters/1").contentType(MediaType.APPLICATION_JSON)
                .content(staleClusterUpdate), statuses(401, 409, 409, 403, 403, 403)));
        rows.add(new Row("update CLEAN's contact details (stale version)", () -> put("/api/clusters/1/contact")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 999999, \"website\": \"https://clean.dk\"}"),
                statuses(401, 409, 409, 403, 409, 403)));
        rows.add(new Row("propose figures for CLEAN (invalid)", () -> post("/api/clusters/1/figure-proposals")
                .contentType(MediaType.APPLICATION_JSON).content("{}"), statuses(401, 403, 403, 403, 400, 403)));
        rows.add(new Row("CLEAN's figure proposals", () -> get("/api/clusters/1/figure-proposals"),
                statuses(401, 200, 200, 403, 200, 403)));
        rows.add(new Row("pending figure proposals", () -> get("/api/clusters/figure-proposals"),
                statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("confirm an unknown proposal", () -> post("/api/clusters/figure-proposals/987654/confirm"),
                statuses(401, 404, 404, 403, 403, 403)));
        rows.add(new Row("catalogue", () -> get("/api/catalogue/current"), statuses(401, 200, 200, 200, 200, 200)));
        rows.add(new Row("publish a catalogue (invalid)", () -> post("/api/catalogue/versions")
                .contentType(MediaType.APPLICATION_JSON).content("{}"), statuses(401, 400, 400, 403, 403, 403)));
        rows.add(new Row("assessor register", () -> get("/api/assessors"), statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("assessments list", () -> get("/api/assessments"), statuses(401, 200, 200, 200, 200, 200)));
        rows.add(new Row("an assessment of CLEAN", () -> get(a), statuses(401, 200, 200, 404, 200, 404)));
        rows.add(new Row("its questionnaire", () -> get(a + "/questionnaire"), statuses(401, 200, 200, 404, 200, 404)));
        rows.add(new Row("its history", () -> get(a + "/history"), statuses(401, 200, 200, 404, 200, 404)));
        rows.add(new Row("its evidence list", () -> get(a + "/evidence"), statuses(401, 200, 200, 404, 200, 404)));
        rows.add(new Row("its evidence file", () -> get(a + "/evidence/" + evidenceOfClean + "/content"),
                statuses(401, 200, 200, 404, 200, 404)));
        rows.add(new Row("save its answers", () -> put(a + "/answers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {}}"), statuses(401, 403, 403, 404, 200, 404)));
        rows.add(new Row("request a benchmark for CLEAN again", () -> post("/api/assessments/bronze")
                .contentType(MediaType.APPLICATION_JSON).content("{\"clusterId\": 1}"), statuses(401, 409, 409, 403, 409, 403)));
        rows.add(new Row("task inbox", () -> get("/api/tasks"), statuses(401, 200, 200, 200, 200, 200)));
        rows.add(new Row("notifications", () -> get("/api/notifications"), statuses(401, 200, 200, 200, 200, 200)));
        rows.add(new Row("OpenAPI", () -> get("/v3/api-docs"), statuses(200, 200, 200, 200, 200, 200)));
        rows.add(new Row("public register", () -> get("/api/register"), statuses(200, 200, 200, 200, 200, 200)));
        rows.add(new Row("dashboard counts", () -> get("/api/dashboard/counts"), statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("dashboard series", () -> get("/api/dashboard/series"), statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("dashboard pipeline", () -> get("/api/dashboard/pipeline"), statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("forecast without a date", () -> get("/api/dashboard/forecast"), statuses(401, 400, 400, 403, 403, 403)));
        rows.add(new Row("dashboard workload", () -> get("/api/dashboard/workload"), statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("dashboard workbook", () -> get("/api/dashboard/export"), statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("performance collections", () -> get("/api/performance/collections"),
                statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("national performance", () -> get("/api/performance/national"),
                statuses(401, 200, 200, 403, 403, 403)));
        return rows;
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRulesSay() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix()) {
            for (String caller : CALLERS) {
                int actual = mvc.perform(as(caller, row.request().get())).andReturn().getResponse().getStatus();
                int expected = row.expected().get(caller);
                if (actual != expected) {
                    wrong.add(row.name() + " as " + caller + ": expected " + expected + " but was " + actual);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anotherClustersManagerLearnsNothingAboutTheBenchmark() throws Exception {
        JsonNode mine = body("manager-brains", get("/api/assessments"), 200);
        assertThat(mine.findValuesAsText("clusterId")).doesNotContain("1");
        JsonNode inbox = body("manager-brains", get("/api/tasks"), 200);
        assertThat(inbox.findValuesAsText("assessmentId")).doesNotContain(String.valueOf(assessmentOfClean));
        assertThat(body("manager-brains", get("/api/tasks").param("assessment", String.valueOf(assessmentOfClean)), 200)
                .get("total").asLong()).as("not even counted").isZero();
        mvc.perform(as("manager-brains", get("/api/assessments/" + assessmentOfClean)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Vurdering " + assessmentOfClean + " findes ikke, eller du må ikke se den."));
    }

    @Test
    void tokensAreRefusedWhenExpiredFromAnotherIssuerOrForged() throws Exception {
        keycloak.ensureShortLivedClient("ecei-test-short-lived", 1);
        String shortLived = keycloak.accessTokenFor("ecei-test-short-lived", "support");
        Thread.sleep(2500);
        mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, "Bearer " + shortLived))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak.masterAdminToken()))
                .andExpect(status().isUnauthorized());
        String[] parts = token("manager-clean").split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("support")))
                .andExpect(status().isOk());
    }

    @Test
    void theEngineSeesTheKeycloakUserAndRoles() throws Exception {
        String taskId = null;
        for (JsonNode task : body("support", get("/api/tasks").param("assessment", String.valueOf(assessmentOfClean)), 200)
                .get("items")) {
            if (task.get("assessmentId").asLong() == assessmentOfClean) {
                assertThat(task.get("candidateGroups").toString()).contains("support-staff");
                taskId = task.get("taskId").asText();
            }
        }
        assertThat(taskId).as("support staff see the assignment task of CLEAN's benchmark").isNotNull();
        body("support", post("/api/tasks/" + taskId + "/claim"), 200);
        assertThat(body("support", get("/api/tasks/" + taskId), 200).get("assignee").asText()).isEqualTo("support");
        mvc.perform(as("admin", post("/api/tasks/" + taskId + "/claim"))).andExpect(status().isConflict());
    }

    @Test
    void browsersAreSentToKeycloakToLogIn() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/keycloak")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(keycloak.authorizationUri()).contains("client_id=ecei-web");
    }
}
