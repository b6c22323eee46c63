package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentStatus;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.assessment.SilverGoldFixture;
import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An observer attached to a Gold audit reads the assessment (page, API, list) and never scores or completes a task;
 * the manager of another cluster still sees nothing; only support staff attach observers. Observers read the Gold
 * scores and final-scores pages and the Silver audit page with no form to act on, and any POST of theirs is refused
 * (403); support staff detach them (audited), and then they read nothing.
 */
@IntegrationTest
class ObserverAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SilverGoldFixture fixture;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    AuditLog audit;

    @Autowired
    ObjectMapper json;

    @Test
    void anObserverReadsTheAuditButCannotScoreOrCompleteATaskAndAnotherClustersManagerSeesNothing() throws Exception {
        Long cluster = fixture.eligibleCluster();
        Users lead = fixture.newAssessor("DK");
        Long id = fixture.goldInAudit(cluster, lead, Users.ASSESSOR2).id();
        // A regional agency's person: no role of the scheme, and an assessor observing (a trainee) with one.
        Users agency = new Users("obs-" + UUID.randomUUID().toString().substring(0, 8), List.of(), null);
        Users trainee = fixture.newAssessor("DK");
        Users otherManager = Users.managerOf(fixture.eligibleCluster());

        mvc.perform(get("/assessments/" + id).with(agency.request())).andExpect(status().isNotFound());
        mvc.perform(post("/assessments/" + id + "/observers").with(Users.SUPPORT.request()).with(csrf())
                        .header("Accept-Language", "da").param("username", agency.username())
                        .param("organisation", "Erhvervshus Midtjylland"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/assessments/" + id + "/observers").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + trainee.username() + "\",\"organisation\":\"Cluster Excellence Denmark\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.observers.length()").value(2));

        for (Users observer : List.of(agency, trainee)) {
            mvc.perform(get("/assessments/" + id).with(observer.request()).header("Accept-Language", "da"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Erhvervshus Midtjylland")))
                    .andExpect(content().string(not(containsString("id=\"observer-form\""))))
                    // The audit's pages are linked for the observer to read; the committee's decision is not theirs.
                    .andExpect(content().string(containsString("id=\"open-scores\"")))
                    .andExpect(content().string(not(containsString("id=\"open-decision\""))));
            mvc.perform(get("/api/assessments/" + id).with(observer.request()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.allowedActions.length()").value(0));
            mvc.perform(get("/assessments").with(observer.request()))
                    .andExpect(content().string(containsString("/assessments/" + id + "\"")));
            mvc.perform(post("/api/assessments/" + id + "/scores").with(observer.request())
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(fixture.scores(1))))
                    .andExpect(status().isForbidden());
            assertThatThrownBy(() -> observer.run(() -> reviews.scoreIndicators(id, fixture.scores(1))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        mvc.perform(get("/api/tasks").param("assessment", String.valueOf(id)).with(trainee.request()))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(content().string(not(containsString("\"assessmentId\":" + id + ","))));
        assertThat(Users.SUPPORT.call(() -> assessments.get(id)).scores()).as("nobody scored").isEmpty();
        assertThat(Users.SUPPORT.call(() -> assessments.get(id)).status()).isEqualTo(AssessmentStatus.AUDIT);

        mvc.perform(get("/assessments/" + id).with(otherManager.request())).andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/" + id).with(otherManager.request())).andExpect(status().isNotFound());
        mvc.perform(get("/assessments").with(otherManager.request()))
                .andExpect(content().string(not(containsString("/assessments/" + id + "\""))));
        mvc.perform(post("/api/assessments/" + id + "/observers").with(otherManager.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"x\",\"organisation\":\"y\"}"))
                .andExpect(status().isForbidden());
        assertThat(audit.history("Assessment", id)).extracting(e -> e.getAction() + " " + e.getActor())
                .containsSubsequence("OBSERVER_ATTACHED support", "OBSERVER_ATTACHED support");
    }

    @Test
    void anExpertCannotObserveNorAnyoneTwiceAndEmptyInputIsAProblem() throws Exception {
        Long cluster = fixture.eligibleCluster();
        Users lead = fixture.newAssessor("DK");
        Long id = fixture.goldInAudit(cluster, lead, Users.ASSESSOR2).id();
        mvc.perform(post("/assessments/" + id + "/observers").with(Users.SUPPORT.request()).with(csrf())
                        .header("Accept-Language", "da").param("username", lead.username()).param("organisation", "X"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("er ekspert på vurderingen")));
        mvc.perform(post("/api/assessments/" + id + "/observers").with(Users.SUPPORT.request()).header("Accept-Language", "da")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\",\"organisation\":\"y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/assessments/" + id + "/observers").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"obs-twice\",\"organisation\":\"y\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/assessments/" + id + "/observers").with(Users.SUPPORT.request()).header("Accept-Language", "da")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"obs-twice\",\"organisation\":\"y\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** The page's content (below the navigation, whose log-out form every page has). */
    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    /** 200, and no form to post, no field to fill and no button that acts; {@code shown}: what the page reads out. */
    private void readsOnly(Users observer, String path, String shown) throws Exception {
        String page = mvc.perform(get(path).with(observer.request()).header("Accept-Language", "da"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String main = main(page);
        assertThat(main).as(path).contains(shown).doesNotContain("<form", "action=", "type=\"submit\"", "<button");
        java.util.regex.Matcher fields = java.util.regex.Pattern.compile("<(input|textarea|select)\\b[^>]*>").matcher(main);
        while (fields.find()) {
            if (!fields.group().contains("type=\"hidden\"")) { // the CSRF token every page carries: nothing to fill
                assertThat(fields.group()).as(path + ": every field is disabled").contains("disabled");
            }
        }
    }

    private void refused(Users observer, org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isForbidden());
    }

    @Test
    void anObserverReadsTheGoldScoresAndFinalScoresAndTheSilverAuditPagesAndEveryPostIsRefused() throws Exception {
        Users lead = fixture.newAssessor("DK");
        Long gold = fixture.goldInAudit(fixture.eligibleCluster(), lead, Users.ASSESSOR2).id();
        Long silver = fixture.silverInAudit(fixture.silverReadyCluster(), fixture.newAssessor("DK")).id();
        Users observer = new Users("obs-" + UUID.randomUUID().toString().substring(0, 8), List.of(), null);
        for (Long id : List.of(gold, silver)) {
            mvc.perform(post("/api/assessments/" + id + "/observers").with(Users.SUPPORT.request())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + observer.username() + "\",\"organisation\":\"Erhvervshus Fyn\"}"))
                    .andExpect(status().isOk());
        }

        String differing = fixture.nonMinimum(1)[0];
        readsOnly(observer, "/assessments/" + gold + "/scores", "disabled");
        readsOnly(observer, "/assessments/" + silver + "/silver-audit", "disabled");
        // The experts scored differently: the lead now agrees the final scores; the observer reads them.
        // After the planned audit (in two weeks, two days long).
        dk.ecei.support.TestClock.set(java.time.Instant.now().plus(java.time.Duration.ofDays(20)));
        try {
            lead.run(() -> reviews.scoreIndicators(gold, fixture.scores(2)));
            Users.ASSESSOR2.run(() -> reviews.scoreIndicators(gold, fixture.scores(2, fixture.nonMinimum(1))));
        } finally {
            dk.ecei.support.TestClock.reset();
        }
        assertThat(Users.SUPPORT.call(() -> assessments.get(gold)).status()).isEqualTo(AssessmentStatus.AGREEING_SCORES);
        readsOnly(observer, "/assessments/" + gold + "/final-scores", differing);
        readsOnly(observer, "/assessments/" + gold + "/scores", "disabled");
        mvc.perform(get("/assessments/" + gold + "/final-scores").with(lead.request()))
                .andExpect(content().string(containsString("id=\"agree-form\"")));

        for (String step : List.of("scores", "final-scores")) {
            refused(observer, post("/assessments/" + gold + "/" + step).with(observer.request()).with(csrf()));
        }
        refused(observer, post("/assessments/" + silver + "/silver-audit").with(observer.request()).with(csrf()));
        for (String[] api : new String[][] {{gold.toString(), "final-scores", "{\"scores\":{}}"},
                {gold.toString(), "scores", json.writeValueAsString(fixture.scores(1))},
                {silver.toString(), "silver-audit", json.writeValueAsString(fixture.silverAudit())},
                {gold.toString(), "decision", "{\"decision\":\"APPROVE\",\"reason\":\"ja\"}"},
                {gold.toString(), "withdrawal", "{\"reason\":\"nej\"}"}}) {
            mvc.perform(post("/api/assessments/" + api[0] + "/" + api[1]).with(observer.request()).header("Accept-Language", "da")
                            .contentType(MediaType.APPLICATION_JSON).content(api[2]))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(Users.SUPPORT.call(() -> assessments.get(gold)).status()).isEqualTo(AssessmentStatus.AGREEING_SCORES);
        assertThat(Users.SUPPORT.call(() -> assessments.get(silver)).status()).isEqualTo(AssessmentStatus.AUDIT);
    }

    @Test
    void supportStaffDetachAnObserverOnThePageOrThroughTheApiAuditedAndThenTheyReadNothing() throws Exception {
        Long id = fixture.goldInAudit(fixture.eligibleCluster(), fixture.newAssessor("DK"), Users.ASSESSOR2).id();
        Users first = new Users("obs-" + UUID.randomUUID().toString().substring(0, 8), List.of(), null);
        Users second = new Users("obs-" + UUID.randomUUID().toString().substring(0, 8), List.of(), null);
        for (Users observer : List.of(first, second)) {
            mvc.perform(post("/api/assessments/" + id + "/observers").with(Users.SUPPORT.request())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + observer.username() + "\",\"organisation\":\"Region Syddanmark\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/assessments/" + id).with(Users.SUPPORT.request()).header("Accept-Language", "da"))
                .andExpect(content().string(containsString("action=\"/assessments/" + id + "/observers/" + first.username() + "/detach\"")))
                .andExpect(content().string(containsString("Fjern observatøren")));
        mvc.perform(get("/assessments/" + id).with(first.request()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/detach\""))));

        mvc.perform(delete("/api/assessments/" + id + "/observers/" + first.username()).with(first.request()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/api/assessments/" + id + "/observers/" + first.username()).with(Users.SUPPORT.request()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.observers.length()").value(1));
        mvc.perform(post("/assessments/" + id + "/observers/" + second.username() + "/detach").with(Users.SUPPORT.request())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(delete("/api/assessments/" + id + "/observers/" + first.username()).with(Users.SUPPORT.request())
                        .header("Accept-Language", "da"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        for (Users observer : List.of(first, second)) {
            mvc.perform(get("/assessments/" + id).with(observer.request())).andExpect(status().isNotFound());
            mvc.perform(get("/api/assessments/" + id).with(observer.request())).andExpect(status().isNotFound());
        }
        assertThat(Users.SUPPORT.call(() -> assessments.get(id)).observers()).isEmpty();
        assertThat(audit.history("Assessment", id)).filteredOn(e -> e.getAction().equals("OBSERVER_DETACHED"))
                .extracting(e -> e.getActor()).containsExactly("support", "support");
        mvc.perform(get("/assessments/" + id).with(Users.SUPPORT.request()).header("Accept-Language", "da"))
                .andExpect(content().string(containsString("Observatør fjernet")));
    }
}
