package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code ecei.approval.bronze} on, on MariaDB and through the API and the pages: the Bronze report waits for the
 * body with a Bronze recommendation and no label; the body finds it on {@code /approvals}, sends it back to the expert
 * on its own or approves it in a meeting's batch, and only then is the label awarded; who, when and why are kept and
 * audited. (With the setting off, its default, the report awards the label at once:
 * {@link BronzeBenchmarkApiIntegrationTests}.)
 */
@IntegrationTest
@TestPropertySource(properties = "ecei.approval.bronze=true")
class BronzeApprovalIntegrationTests {

    private static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    BronzeFixture fixture;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AuditLog audit;

    private AssessmentView read(Long id) {
        return Users.SUPPORT.call(() -> assessments.get(id));
    }

    private void writeReport(Long id) throws Exception {
        mvc.perform(post("/api/assessments/" + id + "/report").with(Users.ASSESSOR1.request())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(fixture.report(id))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.outcome.recommendation").value("BRONZE"))
                .andExpect(jsonPath("$.labelId").doesNotExist())
                .andExpect(jsonPath("$.waitingAt", hasItem("Task_ApproveLabel")));
    }

    @Test
    void theReportWaitsForTheBodyWhichSendsItBackAloneAndApprovesItInAMeetingsBatch() throws Exception {
        Long cluster = fixture.eligibleCluster();
        Long id = fixture.submitted(cluster, Users.ASSESSOR1).id();
        writeReport(id);
        assertThat(read(id).labelId()).as("no label before the body decided").isNull();

        mvc.perform(get("/api/assessments/approvals").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].recommendation").value(hasItem("BRONZE")));
        mvc.perform(get("/approvals").with(Users.SUPPORT.request()).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pick-" + id + "\"")))
                .andExpect(content().string(containsString("kræves for Bronze: ja")))
                .andExpect(content().string(not(containsString("BRONZE"))));
        mvc.perform(get("/assessments/" + id + "/decision").with(Users.SUPPORT.request()).header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"decision-form\"")))
                .andExpect(content().string(containsString("Godkend indstillingen (Bronze)")))
                .andExpect(content().string(containsString("Klyngen er veldrevet.")))
                .andExpect(content().string(containsString("Rapportens indstilling")))
                .andExpect(content().string(containsString("send den tilbage til eksperten.")))
                .andExpect(content().string(not(containsString(">BRONZE<"))))
                .andExpect(content().string(not(containsString("id=\"minimum-requirements\""))));

        // Decided alone: sent back to the expert, who writes the report again.
        mvc.perform(post("/api/assessments/" + id + "/decision").with(Users.SUPPORT.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SEND_BACK\",\"reason\":\"Interviewet mangler i rapporten\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.waitingAt", hasItem("Task_ReviewSelfAssessment")));
        writeReport(id);

        // Decided in a meeting's batch: approved, and only now the label.
        mvc.perform(post("/approvals").with(Users.SUPPORT.request()).with(csrf())
                        .param("assessmentIds", id.toString()).param("decision", "APPROVE")
                        .param("reason", "Benchmarkingen er gennemført efter reglerne").param("meetingName", "Udvalgsmøde november")
                        .param("meetingDate", MEETING.toString()))
                .andExpect(status().is3xxRedirection());

        AssessmentView decided = read(id);
        assertThat(decided.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(decided.labelId()).as("the label is awarded after the approval").isNotNull();
        mvc.perform(get("/api/labels/" + decided.labelId())).andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("BRONZE")).andExpect(jsonPath("$.clusterId").value(cluster));
        assertThat(decided.decisions()).extracting(Decision::kind, Decision::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("REPORT_RECOMMENDATION", "BRONZE"),
                org.assertj.core.groups.Tuple.tuple("LABEL_COMMITTEE", "SENT_BACK"),
                org.assertj.core.groups.Tuple.tuple("REPORT_RECOMMENDATION", "BRONZE"),
                org.assertj.core.groups.Tuple.tuple("LABEL_COMMITTEE", "APPROVED BRONZE"));
        Decision approval = decided.decisions().get(3);
        assertThat(approval.decidedBy()).isEqualTo("support");
        assertThat(approval.decidedAt()).isNotNull();
        assertThat(approval.reason()).isEqualTo("Benchmarkingen er gennemført efter reglerne");
        assertThat(approval.meetingName()).isEqualTo("Udvalgsmøde november");
        assertThat(approval.meetingDate()).isEqualTo(MEETING);
        assertThat(decided.decisions().get(1).reason()).isEqualTo("Interviewet mangler i rapporten");

        assertThat(audit.history("Assessment", id)).filteredOn(e -> e.getAction().equals("SENT_BACK"))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo("support"));
        assertThat(audit.history("Assessment", id)).filteredOn(e -> e.getAction().equals("APPROVED"))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo("support"));
        mvc.perform(get("/api/assessments/" + id + "/history").with(Users.managerOf(cluster).request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItems("REPORTED", "RECOMMENDED", "SENT_BACK", "APPROVED", "LABEL_AWARDED")));
        mvc.perform(get("/approvals").with(Users.SUPPORT.request()))
                .andExpect(content().string(not(containsString("id=\"pick-" + id + "\""))));
    }

    @Test
    void onlyTheBodyDecidesAndAReasonIsRequired() throws Exception {
        Long cluster = fixture.eligibleCluster();
        Long id = fixture.submitted(cluster, Users.ASSESSOR1).id();
        writeReport(id);

        mvc.perform(post("/api/assessments/" + id + "/decision").with(Users.ASSESSOR1.request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\",\"reason\":\"Godt\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/assessments/" + id + "/decision").with(Users.SUPPORT.request()).header("Accept-Language", "da")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(read(id).status()).isEqualTo(AssessmentStatus.AWAITING_APPROVAL);
        assertThat(read(id).labelId()).isNull();
    }
}
