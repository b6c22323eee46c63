package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.shared.AuditEvent;
import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The approval body's page on MariaDB: the recommendations waiting are listed for support staff only, decided as a
 * batch for a meeting (who, when, why and the meeting kept and audited), all or none, and bad input refused.
 */
@IntegrationTest
class ApprovalBodyIntegrationTests {

    private static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @Autowired
    MockMvc mvc;

    @Autowired
    SilverGoldFixture fixture;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AuditLog audit;

    private Long silverAwaitingApproval() {
        Long cluster = fixture.silverReadyCluster();
        Long id = fixture.silverInAudit(cluster, Users.ASSESSOR1).id();
        Users.ASSESSOR1.run(() -> reviews.recordSilverAudit(id, fixture.silverAudit()));
        return id;
    }

    private AssessmentView read(Long id) {
        return Users.SUPPORT.call(() -> assessments.get(id));
    }

    @Test
    void theBodyDecidesTwoRecommendationsAtOneMeetingAndEachKeepsWhoWhenWhyAndTheMeeting() throws Exception {
        Long first = silverAwaitingApproval();
        Long second = silverAwaitingApproval();
        String firstCluster = read(first).clusterName();

        mvc.perform(get("/approvals").with(Users.SUPPORT.request()).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indstillinger til godkendelse")))
                .andExpect(content().string(containsString("id=\"pick-" + first + "\"")))
                .andExpect(content().string(containsString("id=\"pick-" + second + "\"")))
                .andExpect(content().string(containsString(firstCluster)))
                .andExpect(content().string(containsString("Sølv")))
                .andExpect(content().string(not(containsString("SILVER"))));

        mvc.perform(post("/approvals").with(Users.SUPPORT.request()).with(csrf())
                        .param("assessmentIds", first.toString(), second.toString()).param("decision", "APPROVE")
                        .param("reason", "Begge rapporter dokumenterer forbedringerne").param("meetingName", "Bestyrelsesmøde november")
                        .param("meetingDate", MEETING.toString()))
                .andExpect(status().is3xxRedirection());

        for (Long id : new Long[] {first, second}) {
            AssessmentView decided = read(id);
            assertThat(decided.status()).isEqualTo(AssessmentStatus.COMPLETED);
            assertThat(decided.labelId()).as("the label is awarded after the approval").isNotNull();
            Decision committee = decided.decisions().get(decided.decisions().size() - 1);
            assertThat(committee.kind()).isEqualTo("LABEL_COMMITTEE");
            assertThat(committee.outcome()).isEqualTo("APPROVED SILVER");
            assertThat(committee.decidedBy()).isEqualTo("support");
            assertThat(committee.decidedAt()).isNotNull();
            assertThat(committee.reason()).isEqualTo("Begge rapporter dokumenterer forbedringerne");
            assertThat(committee.meetingName()).isEqualTo("Bestyrelsesmøde november");
            assertThat(committee.meetingDate()).isEqualTo(MEETING);
            assertThat(audit.history("Assessment", id)).filteredOn(e -> e.getAction().equals("APPROVED"))
                    .singleElement().satisfies(e -> {
                        assertThat(e.getActor()).isEqualTo("support");
                        java.util.List<dk.ecei.shared.Violation> detail = dk.ecei.shared.Violation.fromStored(e.getDetail());
                        assertThat(detail).extracting(v -> v.code() == null ? v.defaultText() : v.code())
                                .containsExactly("trail.detail.recommended", "Begge rapporter dokumenterer forbedringerne",
                                        "trail.detail.meeting");
                        assertThat(detail.get(2).arguments()).containsExactly("Bestyrelsesmøde november", MEETING);
                    });
        }
        mvc.perform(get("/assessments/" + first).with(Users.SUPPORT.request()).header("Accept-Language", "da"))
                .andExpect(content().string(containsString("(møde: Bestyrelsesmøde november, 26. november 2026)")));
        mvc.perform(get("/approvals").with(Users.SUPPORT.request()))
                .andExpect(content().string(not(containsString("id=\"pick-" + first + "\""))));
    }

    @Test
    void aBatchWithOneRecommendationNoLongerWaitingDecidesNoneOfThem() throws Exception {
        Long waiting = silverAwaitingApproval();
        Long decided = silverAwaitingApproval();
        mvc.perform(post("/api/assessments/" + decided + "/decision").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SEND_BACK\",\"reason\":\"Mangler bilag\"}"))
                .andExpect(status().isOk());

        mvc.perform(post("/approvals").with(Users.SUPPORT.request()).with(csrf()).header("Accept-Language", "da")
                        .param("assessmentIds", waiting.toString(), decided.toString()).param("decision", "APPROVE")
                        .param("reason", "Godkendt på mødet").param("meetingName", "Møde 3").param("meetingDate", MEETING.toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("venter ikke længere")));

        assertThat(read(waiting).status()).as("the whole batch is refused").isEqualTo(AssessmentStatus.AWAITING_APPROVAL);
        assertThat(read(waiting).decisions()).extracting(Decision::kind).doesNotContain("LABEL_COMMITTEE");
    }

    @Test
    void theFormRefusesAMissingMeetingOrNothingTickedAtTheFields() throws Exception {
        Long waiting = silverAwaitingApproval();
        mvc.perform(post("/approvals").with(Users.SUPPORT.request()).with(csrf()).header("Accept-Language", "da")
                        .param("decision", "APPROVE").param("reason", "Godkendt").param("meetingName", " "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"assessmentIds-error\"")))
                .andExpect(content().string(containsString("id=\"meetingName-error\"")))
                .andExpect(content().string(containsString("id=\"meetingDate-error\"")));
        assertThat(read(waiting).status()).isEqualTo(AssessmentStatus.AWAITING_APPROVAL);
    }

    @Test
    void theApiRefusesBadInputWithProblemJsonAndOthersThanSupportStaff() throws Exception {
        mvc.perform(post("/api/assessments/approvals").with(Users.SUPPORT.request()).header("Accept-Language", "da")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentIds\":[],\"decision\":\"APPROVE\",\"reason\":\"x\",\"meetingName\":\"M\",\"meetingDate\":\"2026-11-26\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/assessments/approvals").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentIds\":[1],\"decision\":\"MAYBE\",\"reason\":\"x\",\"meetingName\":\"M\",\"meetingDate\":\"2026-11-26\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        Long cluster = fixture.eligibleCluster();
        mvc.perform(get("/api/assessments/approvals").with(Users.managerOf(cluster).request()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/approvals").with(Users.ASSESSOR1.request())).andExpect(status().isForbidden());
        mvc.perform(get("/api/assessments/approvals").with(Users.SUPPORT.request()))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
    }
}
