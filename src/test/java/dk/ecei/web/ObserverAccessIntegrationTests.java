package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
 * the manager of another cluster still sees nothing; only support staff attach observers.
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
                    .andExpect(content().string(not(containsString("id=\"observer-form\""))));
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
        mvc.perform(get("/api/tasks").with(trainee.request()))
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
}
