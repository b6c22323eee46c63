package dk.ecei.assessor;

import dk.ecei.shared.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.shared.AuditEvent;
import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class AssessorApiIntegrationTests {

    private static final RequestPostProcessor SUPPORT = httpBasic("support", "demo");
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    private static final RequestPostProcessor MANAGER = httpBasic("manager-houseofenergy", "demo");
    private static final RequestPostProcessor ASSESSOR = httpBasic("assessor1", "demo");
    private static final long HOUSE_OF_ENERGY = 2;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    AssessorService assessors;

    private static String uniqueUsername() {
        return "expert-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String body(String username, String country, String languages) {
        return """
                {"username": "%s", "fullName": "Test Expert %s", "email": "%s@example.org", "country": "%s",
                 "languages": [%s]}""".formatted(username, username, username, country, languages);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String content) throws Exception {
        return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(content));
    }

    private long register(String username) throws Exception {
        String created = send(post("/api/assessors"), SUPPORT, body(username, "NO", "\"no\", \"en\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    @Test
    void supportStaffRegisterQualifyAndTieAnAssessorAndEveryChangeIsAudited() throws Exception {
        String username = uniqueUsername();
        String created = send(post("/api/assessors"), SUPPORT, body(username.toUpperCase(), "NO", "\"no\", \"en\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/assessors/")))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.languages[0]").value("no"))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        send(put("/api/assessors/" + id), SUPPORT, "{\"version\": 0, \"details\": " + body(username, "DK", "\"da\"") + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.country").value("DK"))
                .andExpect(jsonPath("$.version").value(1));
        send(put("/api/assessors/" + id), SUPPORT, "{\"version\": 0, \"details\": " + body(username, "SE", "\"sv\"") + "}")
                .andExpect(status().isConflict());

        send(post("/api/assessors/" + id + "/qualifications"), SUPPORT, "{\"kind\": \"GOLD_ASSESSOR\", \"validUntil\": \"2027-12-31\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualifications[0].kind").value("GOLD_ASSESSOR"));
        send(post("/api/assessors/" + id + "/qualifications"), SUPPORT, "{\"kind\": \"GOLD_ASSESSOR\", \"validUntil\": \"2029-12-31\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualifications[0].validUntil").value("2029-12-31"));
        send(post("/api/assessors/" + id + "/qualifications"), SUPPORT, "{\"kind\": \"GOLD_ASSESSOR\", \"validUntil\": \"2028-01-01\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

        String tied = send(post("/api/assessors/" + id + "/ties"), SUPPORT,
                "{\"clusterId\": 5, \"kind\": \"CONSULTANT\", \"fromDate\": \"2025-02-01\", \"note\": \"Strategy work\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ties[0].clusterId").value(5))
                .andReturn().getResponse().getContentAsString();
        long tieId = json.readTree(tied).get("ties").get(0).get("id").asLong();
        send(post("/api/assessors/" + id + "/ties/" + tieId + "/end"), SUPPORT, "{\"toDate\": \"2025-01-31\"}")
                .andExpect(status().isBadRequest());
        send(post("/api/assessors/" + id + "/ties/" + tieId + "/end"), SUPPORT, "{\"toDate\": \"2025-12-31\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ties[0].toDate").value("2025-12-31"));
        send(post("/api/assessors/" + id + "/ties/" + tieId + "/end"), SUPPORT, "{\"toDate\": \"2026-01-31\"}")
                .andExpect(status().isConflict());
        send(post("/api/assessors/" + id + "/ties"), SUPPORT,
                "{\"clusterId\": 5, \"kind\": \"MEMBER\", \"fromDate\": \"2025-02-01\", \"toDate\": \"2024-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(post("/api/assessors/" + id + "/deactivate").with(SUPPORT))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/assessors/" + id + "/deactivate").with(SUPPORT)).andExpect(status().isConflict());

        assertThat(audit.history("Assessor", id)).extracting(AuditEvent::getAction).containsExactly("REGISTERED", "UPDATED",
                "QUALIFICATION_ADDED", "QUALIFICATION_RENEWED", "TIE_DECLARED", "TIE_ENDED", "DEACTIVATED");
        assertThat(audit.history("Assessor", id)).allSatisfy(e -> assertThat(e.getActor()).isEqualTo("support"));
        assertThat(assessors.getByUsername(username).ties()).singleElement()
                .satisfies(t -> assertThat(t.note()).isEqualTo("Strategy work"));
    }

    @Test
    void listsAndFindsTheDemoAssessors() throws Exception {
        mvc.perform(get("/api/assessors").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItems("assessor1", "assessor2")));
        mvc.perform(get("/api/assessors").param("qualification", "SILVER_AUDITOR").param("q", "demo assessor").with(SUPPORT))
                .andExpect(jsonPath("$[*].username", hasItem("assessor1")))
                .andExpect(jsonPath("$[*].username", not(hasItem("assessor2"))));
        long id = assessors.getByUsername("assessor1").id();
        mvc.perform(get("/api/assessors/" + id).with(SUPPORT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.country").value("DK"))
                .andExpect(jsonPath("$.languages", org.hamcrest.Matchers.contains("da", "en")))
                .andExpect(jsonPath("$.ties[0].clusterId").value(HOUSE_OF_ENERGY))
                .andExpect(jsonPath("$.ties[0].kind").value("EMPLOYEE"));
    }

    @Test
    void aDuplicateUserNameIsAConflict() throws Exception {
        send(post("/api/assessors"), SUPPORT, body("Assessor1", "DK", "\"da\""))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("problem.conflict.assessorUsername"))
                .andExpect(jsonPath("$.detail").value(containsString("allerede registreret")));
        long id = register(uniqueUsername());
        send(put("/api/assessors/" + id), SUPPORT, "{\"version\": 0, \"details\": " + body("assessor2", "SE", "\"sv\"") + "}")
                .andExpect(status().isConflict());
    }

    @Test
    void badInputIsABadRequestInProblemJsonAndStoresNothing() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from assessor", Integer.class);

        send(post("/api/assessors"), SUPPORT, "{\"username\": \"\", \"fullName\": \"\", \"email\": \"not-an-address\","
                + " \"country\": \"Denmark\", \"languages\": [\"Danish\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("username", "fullName", "email", "country", "languages[0]")));
        send(post("/api/assessors"), SUPPORT, body(uniqueUsername(), "XX", "\"da\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"))
                .andExpect(jsonPath("$.errors[0].message").value("\"XX\" er ikke en landekode (ISO 3166, for eksempel DK)."));
        send(post("/api/assessors"), SUPPORT, "{\"username\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Forespørgslens indhold kan ikke læses"));
        send(post("/api/assessors").header("Accept-Language", "en"), SUPPORT, "{\"username\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request body"));
        send(post("/api/assessors/1/qualifications"), SUPPORT, "{\"kind\": \"PLATINUM\", \"validUntil\": \"2027-12-31\"}")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/assessors/check").param("username", "assessor1").with(SUPPORT))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(jdbc.queryForObject("select count(*) from assessor", Integer.class)).isEqualTo(before);
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(get("/api/assessors/987654").with(SUPPORT))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("problem.notFound.assessor"))
                .andExpect(jsonPath("$.detail").value("Bedømmer 987654 findes ikke."));
        send(put("/api/assessors/987654"), SUPPORT, "{\"version\": 0, \"details\": " + body(uniqueUsername(), "DK", "\"da\"") + "}")
                .andExpect(status().isNotFound());
        long id = register(uniqueUsername());
        send(post("/api/assessors/" + id + "/ties/987654/end"), SUPPORT, "{\"toDate\": \"2026-01-31\"}")
                .andExpect(status().isNotFound());
        send(post("/api/assessors/" + id + "/ties"), SUPPORT, "{\"clusterId\": 987654, \"kind\": \"MEMBER\", \"fromDate\": \"2025-02-01\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Klynge 987654 findes ikke, eller du må ikke se den."));
        mvc.perform(get("/api/assessors/proposals").param("clusterId", "987654").param("qualification", "GOLD_ASSESSOR").with(SUPPORT))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSupportFunctionSeesOrChangesTheRegister() throws Exception {
        for (RequestPostProcessor outsider : new RequestPostProcessor[] {MANAGER, ASSESSOR}) {
            mvc.perform(get("/api/assessors").with(outsider))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/assessors/1").with(outsider)).andExpect(status().isForbidden());
            mvc.perform(get("/api/assessors/check").param("username", "assessor1").param("clusterId", "2")
                    .param("qualification", "GOLD_ASSESSOR").with(outsider)).andExpect(status().isForbidden());
            mvc.perform(get("/api/assessors/proposals").param("clusterId", "2").param("qualification", "GOLD_ASSESSOR")
                    .with(outsider)).andExpect(status().isForbidden());
            send(post("/api/assessors"), outsider, body(uniqueUsername(), "DK", "\"da\"")).andExpect(status().isForbidden());
            send(post("/api/assessors/1/qualifications"), outsider, "{\"kind\": \"GOLD_ASSESSOR\", \"validUntil\": \"2099-12-31\"}")
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/assessors")).andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/assessors").contentType(MediaType.APPLICATION_JSON).content(body(uniqueUsername(), "DK", "\"da\"")))
                .andExpect(status().isUnauthorized());
        assertThat(assessors.getByUsername("assessor1").qualifications())
                .allSatisfy(q -> assertThat(q.validUntil().getYear()).isEqualTo(2028));
    }

    @Test
    void proposalsForHouseOfEnergyLeaveOutTheAssessorWhoWorkedThere() throws Exception {
        mvc.perform(get("/api/assessors/proposals").param("clusterId", "2").param("qualification", "GOLD_ASSESSOR")
                        .param("date", "2026-03-01").with(SUPPORT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("assessor2")))
                .andExpect(jsonPath("$[*].username", not(hasItem("assessor1"))));
        mvc.perform(get("/api/assessors/proposals").param("clusterId", "1").param("qualification", "GOLD_ASSESSOR")
                        .param("date", "2026-03-01").with(SUPPORT))
                .andExpect(jsonPath("$[*].username", hasItems("assessor1", "assessor2")));
        mvc.perform(get("/api/assessors/proposals").param("clusterId", "2").param("qualification", "GOLD_ASSESSOR")
                        .param("date", "2027-07-01").with(SUPPORT))
                .andExpect(jsonPath("$[*].username", hasItems("assessor1", "assessor2")));
    }

    @Test
    void proposalsPutTheLeastLoadedFirst() {
        var proposals = assessors.proposals(1L, Qualification.GOLD_ASSESSOR, java.time.LocalDate.of(2026, 3, 1),
                java.util.Map.of("assessor1", 3L, "assessor2", 1L));
        assertThat(proposals).extracting(AssessorProposal::username).containsSubsequence("assessor2", "assessor1");
        assertThat(proposals).filteredOn(p -> p.username().equals("assessor1")).singleElement()
                .satisfies(p -> assertThat(p.openAssignments()).isEqualTo(3));
    }

    @Test
    void theCheckGivesEveryReasonToRefuse() throws Exception {
        mvc.perform(get("/api/assessors/check").param("username", "assessor1").param("clusterId", "2")
                        .param("qualification", "GOLD_ASSESSOR").param("date", "2026-03-01").with(SUPPORT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.codes[0]").value("rule.assessor.tieEnded"))
                .andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.endsWith(
                        ": Ansat i klyngen fra 1. januar 2021 til 30. juni 2024 – inden for 3 år før 1. marts 2026.")));
        mvc.perform(get("/api/assessors/check").param("username", "assessor1").param("clusterId", "2")
                        .param("qualification", "GOLD_ASSESSOR").param("date", "2026-03-01").header("Accept-Language", "en")
                        .with(SUPPORT))
                .andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.endsWith(
                        ": Employee of the cluster from 1 January 2021 to 30 June 2024, within 3 years before 1 March 2026.")));
        mvc.perform(get("/api/assessors/check").param("username", "assessor2").param("clusterId", "2")
                        .param("qualification", "SILVER_AUDITOR").param("date", "2026-03-01").with(SUPPORT))
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.codes[0]").value("rule.assessor.notQualified"))
                .andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.endsWith(" har ikke kvalifikationen Sølv-auditor.")));
        mvc.perform(get("/api/assessors/check").param("username", "assessor2").param("clusterId", "2")
                        .param("qualification", "GOLD_ASSESSOR").param("date", "2026-03-01").with(SUPPORT))
                .andExpect(jsonPath("$.allowed").value(true))
                .andExpect(jsonPath("$.reasons").isEmpty());
        mvc.perform(get("/api/assessors/check").param("username", "nobody").param("clusterId", "2")
                        .param("qualification", "GOLD_ASSESSOR").with(SUPPORT))
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons[0]").value("Der er ingen bedømmer med brugernavnet »nobody« i registret."));
    }

    @Test
    void aGoldPairIsTwoDifferentAssessorsWithOneFromAbroad() throws Exception {
        assertThat(assessors.goldPairProblems("assessor1", "assessor2", null)).isEmpty();
        assertThat(assessors.goldPairProblems("assessor1", "ASSESSOR1", "DK")).hasSize(1);
        assertThat(assessors.goldPairProblems("assessor2", "nobody", "DK"))
                .extracting(Violation::defaultText).containsExactly("No assessor with the user name 'nobody' is registered");
        long dane = register(uniqueUsername());
        send(put("/api/assessors/" + dane), SUPPORT, "{\"version\": 0, \"details\": "
                + body(assessors.get(dane).username(), "DK", "\"da\"") + "}").andExpect(status().isOk());
        assertThat(assessors.goldPairProblems("assessor1", assessors.get(dane).username(), "DK")).singleElement().extracting(Violation::defaultText).asString()
                .contains("another country");
    }
}
