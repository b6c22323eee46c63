package dk.ecei.web;

import dk.ecei.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentStatus;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.ConflictWaiver;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.assessment.SelfAssessments;
import dk.ecei.assessment.SilverGoldFixture;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.Violation;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Conflicts stay refused by default; a waiver recorded by support staff (why, approved by someone else) lets the tied
 * assessor through, and the assessment page and the report show it; a waiver cannot lift anything but a tie.
 */
@IntegrationTest
class ConflictWaiverIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleNames people;

    @Autowired
    SilverGoldFixture fixture;

    @Autowired
    AssessmentService assessments;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    AuditLog audit;

    @Autowired
    dk.ecei.assessor.AssessorService assessors;

    private static MockHttpServletRequestBuilder assign(Long id, Users expert) {
        return post("/assessments/" + id + "/assignment").with(Users.SUPPORT.request()).with(csrf())
                .header("Accept-Language", "da").param("expert", expert.username())
                .param("plannedInterviewDate", TestClock.today().plusDays(10).toString());
    }

    private AssessmentView read(Long id) {
        return Users.SUPPORT.call(() -> assessments.get(id));
    }

    @Test
    void aTiedAuditorIsRefusedWithoutAWaiverAndAssignedWithOneThatThePageAndTheReportShow() throws Exception {
        Long cluster = fixture.silverReadyCluster();
        Long id = fixture.silverRequested(cluster).id();
        Users tied = fixture.newAssessor("DK");
        fixture.declareTie(tied, cluster);

        mvc.perform(assign(id, tied)).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Konsulent i klyngen siden")));
        mvc.perform(assign(id, tied).param("waiverAssessor", tied.username()).param("waiverReason", "Ingen anden auditor taler sproget")
                        .param("waiverApprovedBy", "support"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("kan ikke selv godkende den")));
        mvc.perform(assign(id, Users.ASSESSOR1).param("waiverAssessor", "assessor1").param("waiverReason", "Unødvendig")
                        .param("waiverApprovedBy", "Direktøren"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("har ingen tilknytning til klyngen")));
        mvc.perform(assign(id, tied).param("waiverAssessor", "someone-else").param("waiverReason", "x")
                        .param("waiverApprovedBy", "Direktøren"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("er ikke blandt de eksperter, der tildeles")));
        assertThat(read(id).status()).as("refused: still waiting for its auditor").isEqualTo(AssessmentStatus.REQUESTED);
        assertThat(read(id).conflictWaivers()).isEmpty();

        mvc.perform(assign(id, tied).param("waiverAssessor", tied.username())
                        .param("waiverReason", "Ingen anden auditor taler sproget").param("waiverApprovedBy", "Direktør Hansen"))
                .andExpect(status().is3xxRedirection());

        AssessmentView assigned = read(id);
        assertThat(assigned.expert()).isEqualTo(tied.username());
        assertThat(assigned.conflictWaivers()).singleElement().satisfies(w -> {
            assertThat(w.assessor()).isEqualTo(tied.username());
            assertThat(w.approvedBy()).isEqualTo("Direktør Hansen");
            assertThat(w.recordedBy()).isEqualTo("support");
            assertThat(w.reason()).isEqualTo("Ingen anden auditor taler sproget");
            assertThat(Violation.fromStored(w.conflicts())).extracting(Violation::code).containsExactly("rule.assessor.tieOngoing");
        });
        assertThat(audit.history("Assessment", id)).extracting(e -> e.getAction() + " " + e.getActor())
                .contains("CONFLICT_WAIVED support");
        mvc.perform(get("/assessments/" + id).with(Users.SUPPORT.request()).header("Accept-Language", "da"))
                .andExpect(content().string(containsString("id=\"conflict-waivers\"")))
                .andExpect(content().string(containsString("Godkendt af Direktør Hansen; registreret af " + people.name("support"))))
                .andExpect(content().string(containsString("Konsulent i klyngen siden")));

        Users manager = Users.managerOf(cluster);
        manager.run(() -> selfAssessments.saveImprovementAreas(id, fixture.areas()));
        manager.run(() -> selfAssessments.submit(id));
        tied.run(() -> reviews.recordSilverAudit(id, fixture.silverAudit()));
        mvc.perform(get("/assessments/" + id + "/silver-report").with(manager.request()).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dispensationer fra inhabilitetsreglen")))
                .andExpect(content().string(containsString("Ingen anden auditor taler sproget")));
    }

    @Test
    void aWaiverLiftsOnlyTheTieNotAMissingQualificationAndTheApiRefusesAHalfWaiver() throws Exception {
        Long cluster = fixture.silverReadyCluster();
        Long id = fixture.silverRequested(cluster).id();
        String username = "t-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Long assessorId = Users.SUPPORT.call(() -> assessors.register(new dk.ecei.assessor.AssessorDetails(username,
                "Test " + username, username + "@example.org", "DK", java.util.List.of("da")))).id();
        Users.SUPPORT.run(() -> assessors.grantQualification(assessorId, dk.ecei.assessor.Qualification.BENCHMARKING_EXPERT,
                LocalDate.of(2035, 12, 31)));
        Users unqualified = new Users(username, java.util.List.of("assessor"), null);
        fixture.declareTie(unqualified, cluster);

        mvc.perform(assign(id, unqualified).param("waiverAssessor", username).param("waiverReason", "Travlt")
                        .param("waiverApprovedBy", "Direktør Hansen"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Sølv-auditor")));
        assertThat(read(id).conflictWaivers()).as("nothing recorded when the assignment is refused").isEmpty();

        mvc.perform(post("/api/assessments/" + id + "/assignment").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expert\":\"assessor1\",\"plannedInterviewDate\":\"" + TestClock.today().plusDays(5)
                                + "\",\"waiver\":{\"assessor\":\"assessor1\",\"reason\":\"\",\"approvedBy\":\"\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(read(id).status()).isEqualTo(AssessmentStatus.REQUESTED);
    }
}
