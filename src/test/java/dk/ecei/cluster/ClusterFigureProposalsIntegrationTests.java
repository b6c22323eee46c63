package dk.ecei.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.shared.AuditEvent;
import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Eligibility figures change only by support staff; a cluster's manager proposes them; every step is audited. */
@IntegrationTest
class ClusterFigureProposalsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AuditLog audit;

    private JsonNode send(MockHttpServletRequestBuilder request, Users who, String body, int expected) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String answer = mvc.perform(request.with(who.request())).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
        return answer.isEmpty() ? null : json.readTree(answer);
    }

    private long aFreshCluster() throws Exception {
        return send(post("/api/clusters"), Users.SUPPORT, """
                {"name": "Forslagsklynge %s", "type": "REGIONAL_CLUSTER", "fields": ["ICT"], "secretariatFte": 0.2,
                 "members": {"companies": 3}, "website": "https://old.example.org"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)), 201).get("id").asLong();
    }

    @Test
    void aManagerProposesSupportStaffConfirmAndTheClusterBecomesEligible() throws Exception {
        long id = aFreshCluster();
        Users manager = Users.managerOf(id);
        JsonNode eligibility = send(get("/api/clusters/" + id + "/eligibility"), manager, null, 200);
        assertThat(eligibility.get("eligible").asBoolean()).isFalse();
        // The reasons in the reader's language (Danish by default, English by Accept-Language), the codes for programs.
        assertThat(eligibility.get("reasons").get(0).asText()).contains("0,2").doesNotContain("secretariat");
        assertThat(eligibility.get("violations").get(0).get("code").asText()).isEqualTo("eligibility.fte");
        assertThat(send(get("/api/clusters/" + id + "/eligibility").header("Accept-Language", "en"), manager, null, 200)
                .get("reasons").get(0).asText()).contains("0.2");

        JsonNode cluster = send(get("/api/clusters/" + id), manager, null, 200);
        String ownFigures = "{\"version\": %d, \"details\": {\"name\": \"%s\", \"type\": \"REGIONAL_CLUSTER\", \"fields\": [\"ICT\"],"
                .formatted(cluster.get("version").asLong(), cluster.get("name").asText())
                + " \"secretariatFte\": 5, \"members\": {\"companies\": 50, \"knowledgeInstitutions\": 4, \"publicActors\": 2}}}";
        send(put("/api/clusters/" + id), manager, ownFigures, 403);

        JsonNode proposal = send(post("/api/clusters/" + id + "/figure-proposals"), manager,
                "{\"secretariatFte\": 5, \"members\": {\"companies\": 50, \"knowledgeInstitutions\": 4, \"publicActors\": 2},"
                        + " \"note\": \"Årsregnskab 2025\"}", 201);
        assertThat(proposal.get("status").asText()).isEqualTo("PENDING");
        assertThat(proposal.get("proposedBy").asText()).isEqualTo(manager.username());
        send(post("/api/clusters/" + id + "/figure-proposals"), manager,
                "{\"secretariatFte\": 6, \"members\": {\"companies\": 60}}", 409);
        assertThat(send(get("/api/clusters/" + id), manager, null, 200).get("secretariatFte").decimalValue())
                .as("a proposal changes nothing until support staff confirm it").isEqualByComparingTo("0.2");

        long proposalId = proposal.get("id").asLong();
        JsonNode pending = send(get("/api/clusters/figure-proposals"), Users.SUPPORT, null, 200);
        assertThat(pending.findValuesAsText("id")).contains(String.valueOf(proposalId));
        send(post("/api/clusters/figure-proposals/" + proposalId + "/confirm"), manager, null, 403);

        JsonNode confirmed = send(post("/api/clusters/figure-proposals/" + proposalId + "/confirm"), Users.SUPPORT, null, 200);
        assertThat(confirmed.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("decidedBy").asText()).isEqualTo("support");
        send(post("/api/clusters/figure-proposals/" + proposalId + "/confirm"), Users.SUPPORT, null, 409);
        JsonNode after = send(get("/api/clusters/" + id), manager, null, 200);
        assertThat(after.get("secretariatFte").decimalValue()).isEqualByComparingTo("5");
        assertThat(after.get("members").get("companies").asInt()).isEqualTo(50);
        assertThat(send(get("/api/clusters/" + id + "/eligibility"), manager, null, 200).get("eligible").asBoolean()).isTrue();

        List<AuditEvent> history = audit.history(ClusterService.AGGREGATE, id);
        assertThat(history).extracting(AuditEvent::getAction).contains("FIGURES_PROPOSED", "FIGURES_CONFIRMED");
        AuditEvent confirmation = history.stream().filter(e -> e.getAction().equals("FIGURES_CONFIRMED")).findFirst().orElseThrow();
        assertThat(confirmation.getActor()).isEqualTo("support");
        assertThat(confirmation.detailText()).contains("by " + manager.username()).contains("fte=0.2").contains("-> fte=5");
        assertThat(confirmation.getOccurredAt()).isNotNull();
    }

    @Test
    void supportStaffRejectWithAReasonAndTheManagerReadsIt() throws Exception {
        long id = aFreshCluster();
        Users manager = Users.managerOf(id);
        long proposalId = send(post("/api/clusters/" + id + "/figure-proposals"), manager,
                "{\"secretariatFte\": 9, \"members\": {\"companies\": 500}}", 201).get("id").asLong();
        send(post("/api/clusters/figure-proposals/" + proposalId + "/reject"), Users.SUPPORT, "{\"reason\": \" \"}", 400);
        send(post("/api/clusters/figure-proposals/" + proposalId + "/reject"), Users.SUPPORT,
                "{\"reason\": \"Medlemslisten viser 50 virksomheder, ikke 500\"}", 200);
        JsonNode mine = send(get("/api/clusters/" + id + "/figure-proposals"), manager, null, 200);
        assertThat(mine.get(0).get("status").asText()).isEqualTo("REJECTED");
        assertThat(mine.get(0).get("decisionReason").asText()).contains("50 virksomheder");
        send(get("/api/clusters/" + id + "/figure-proposals"), Users.managerOf(1L), null, 403);
        assertThat(send(get("/api/clusters/" + id), manager, null, 200).get("secretariatFte").decimalValue())
                .isEqualByComparingTo("0.2");
        assertThat(audit.history(ClusterService.AGGREGATE, id)).extracting(AuditEvent::getAction).contains("FIGURES_REJECTED");
        // After a decision the manager may propose again.
        send(post("/api/clusters/" + id + "/figure-proposals"), manager, "{\"secretariatFte\": 1, \"members\": {\"companies\": 50}}", 201);
    }

    @Test
    void aManagerKeepsTheContactDetailsCurrentButNotAnotherCluster() throws Exception {
        long id = aFreshCluster();
        Users manager = Users.managerOf(id);
        long version = send(get("/api/clusters/" + id), manager, null, 200).get("version").asLong();
        JsonNode updated = send(put("/api/clusters/" + id + "/contact"), manager,
                "{\"version\": " + version + ", \"website\": \"https://new.example.org\"}", 200);
        assertThat(updated.get("website").asText()).isEqualTo("https://new.example.org");
        assertThat(updated.get("secretariatFte").decimalValue()).isEqualByComparingTo("0.2");
        send(put("/api/clusters/" + id + "/contact"), manager, "{\"version\": " + version + ", \"website\": \"https://x.org\"}", 409);
        send(put("/api/clusters/" + id + "/contact"), Users.managerOf(1L), "{\"version\": 0, \"website\": \"https://x.org\"}", 403);
        assertThat(audit.history(ClusterService.AGGREGATE, id)).extracting(AuditEvent::getAction).contains("CONTACT_UPDATED");
    }

    @Test
    void theManagersPageShowsTheFiguresReadOnlyAndTakesAProposal() throws Exception {
        long id = aFreshCluster();
        Users manager = Users.managerOf(id);
        mvc.perform(get("/my-cluster").with(manager.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"propose-figures\"")))
                .andExpect(content().string(not(containsString("/clusters/" + id + "/edit"))));
        mvc.perform(get("/clusters/" + id + "/edit").with(manager.request())).andExpect(status().isForbidden());
        mvc.perform(post("/clusters/" + id + "/edit").with(manager.request()).param("name", "Ny")
                .param("type", "REGIONAL_CLUSTER").param("fields", "ICT").param("secretariatFte", "9").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/clusters/" + id + "/figure-proposals").with(manager.request()).param("secretariatFte", "1e4500"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/clusters/" + id + "/figure-proposals").with(manager.request()).param("secretariatFte", "2,5")
                        .param("companies", "30").param("knowledgeInstitutions", "2").param("note", "Bestyrelsens beretning"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/clusters/" + id).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bestyrelsens beretning")))
                .andExpect(content().string(containsString("Godkend tallene")));
        mvc.perform(get("/api/clusters/" + id + "/figure-proposals").with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$[0].secretariatFte").value(2.5));
    }
}
