package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessment.AssessmentCommands.Approval;
import dk.ecei.assessment.AssessmentCommands.AssignExperts;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.evidence.EvidenceService;
import dk.ecei.evidence.EvidenceView;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Renewals keep what came before: a Gold renewal reads the earlier evidence and compares the earlier final scores;
 * a Silver label still valid or expired at most 12 months ago is renewed without new Bronze benchmarks. And a Gold
 * audit counts in both its experts' load.
 */
@IntegrationTest
class RenewalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ExpertAssignment assignment;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    LabelDecisions decisions;

    @Autowired
    SilverGoldFixture fixture;

    @Autowired
    LabelRegister labels;

    @Autowired
    AuditLog audit;

    @Autowired
    EvidenceService evidence;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static void at(LocalDate day) {
        TestClock.set(day.atStartOfDay(SilverGoldFixture.DENMARK).toInstant().plus(Duration.ofHours(10)));
    }

    private AssessmentView approve(Long id) {
        return Users.SUPPORT.call(() -> decisions.decide(id, new LabelDecision(Approval.APPROVE, "Som indstillet")));
    }

    @Test
    void aGoldRenewalReadsTheEarlierEvidenceAndComparesTheEarlierScoresWithItsOwn() throws Exception {
        Users national = fixture.newAssessor("DK");
        Users foreign = fixture.newAssessor("NO");
        Long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        Long first = fixture.goldInAudit(cluster, national, foreign).id();
        List<EvidenceView> earlier = manager.call(() -> evidence.list(first));
        TestClock.set(Instant.now().plus(Duration.ofDays(5)));
        national.run(() -> reviews.scoreIndicators(first, fixture.scores(2, "G5.2", "G2.4")));
        foreign.run(() -> reviews.scoreIndicators(first, fixture.scores(2, "G5.2", "G2.4")));
        LabelView firstLabel = labels.get(approve(first).labelId());

        at(firstLabel.validUntil().minusMonths(2));
        Long id = fixture.goldRequested(cluster).id();
        String previous = "/api/assessments/" + id + "/previous-evidence";

        mvc.perform(get(previous).with(manager.request())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].assessmentId", containsInAnyOrder(first.intValue(), first.intValue())))
                .andExpect(jsonPath("$[*].coversYear", containsInAnyOrder(earlier.get(0).coversYear(), earlier.get(1).coversYear())));
        mvc.perform(get(previous + "/" + earlier.get(0).id() + "/content").with(Users.SUPPORT.request()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(previous).with(Users.managerOf(cluster + 1000).request())).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        Users newcomer = fixture.newAssessor("SE");
        mvc.perform(get(previous).with(newcomer.request())).andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/" + id + "/evidence/" + earlier.get(0).id() + "/content").with(manager.request()))
                .andExpect(status().isNotFound());
        // Read-only: the earlier files are not the renewal's, and the completed assessment takes no more evidence.
        mvc.perform(multipart("/api/assessments/" + first + "/evidence").file(new MockMultipartFile("file", "x.pdf",
                "application/pdf", SilverGoldFixture.pdf("x"))).with(manager.request())).andExpect(status().isConflict());

        mvc.perform(get("/api/assessments/" + id + "/comparison").with(manager.request())).andExpect(status().isOk())
                .andExpect(jsonPath("$.previousAssessmentId").value(first))
                .andExpect(jsonPath("$.previousMet").value(29))
                .andExpect(jsonPath("$.currentMet").value(0))
                .andExpect(jsonPath("$.indicators.length()").value(31))
                .andExpect(jsonPath("$.indicators[?(@.code == 'G5.2')].previousMet").value(false))
                .andExpect(jsonPath("$.indicators[?(@.code == 'G5.2')].change").value("NOT_COMPARABLE"));

        manager.run(() -> selfAssessments.proceedAfterGapAnalysis(id));
        Users.SUPPORT.run(() -> assignment.assignExperts(id, new AssignExperts(national.username(), newcomer.username(),
                firstLabel.validUntil().minusMonths(2).plusDays(5))));
        mvc.perform(get(previous).with(newcomer.request())).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        fixture.goldEvidence(cluster, id);
        manager.run(() -> selfAssessments.submit(id));
        at(firstLabel.validUntil().minusMonths(1));
        national.run(() -> reviews.scoreIndicators(id, fixture.scores(1, "G2.4", "G1.4")));
        mvc.perform(get("/api/assessments/" + id + "/comparison").with(newcomer.request()))
                .andExpect(jsonPath("$.currentMet").value(0));
        newcomer.run(() -> reviews.scoreIndicators(id, fixture.scores(1, "G2.4", "G1.4")));

        mvc.perform(get("/api/assessments/" + id + "/comparison").with(newcomer.request())).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentMet").value(29))
                .andExpect(jsonPath("$.indicators[?(@.code == 'G5.2')].change").value("IMPROVED"))
                .andExpect(jsonPath("$.indicators[?(@.code == 'G1.4')].change").value("DECLINED"))
                .andExpect(jsonPath("$.indicators[?(@.code == 'G2.4')].change").value("UNCHANGED"))
                .andExpect(jsonPath("$.indicators[?(@.code == 'G1.1')].currentMet").value(true));
        mvc.perform(get("/api/assessments/" + id + "/comparison").with(Users.managerOf(cluster + 1000).request()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSilverLabelStillValidOrExpiredAtMostTwelveMonthsAgoIsRenewedWithoutNewBronzeBenchmarks() {
        LocalDate today = LocalDate.now(SilverGoldFixture.DENMARK);
        Long valid = fixture.eligibleCluster();
        Long lastDay = fixture.eligibleCluster();
        Long dayAfter = fixture.eligibleCluster();
        LabelView label = fixture.label(valid, LabelLevel.SILVER, today.minusMonths(20));
        fixture.label(lastDay, LabelLevel.SILVER, today.minusMonths(20));
        fixture.label(dayAfter, LabelLevel.SILVER, today.minusMonths(20));
        LocalDate windowEnds = label.validUntil().plusMonths(12);

        AssessmentView stillValid = fixture.silverRequested(valid);
        assertThat(stillValid.renewal()).isTrue();

        at(windowEnds);
        AssessmentView renewal = fixture.silverRequested(lastDay);
        assertThat(renewal.renewal()).isTrue();
        assertThat(audit.history("Assessment", renewal.id())).extracting(e -> e.detailText())
                .anyMatch(d -> d.startsWith("Silver renewal") && d.contains("renews label")
                        && d.contains("valid until " + label.validUntil()));

        at(windowEnds.plusDays(1));
        assertThatThrownBy(() -> fixture.silverRequested(dayAfter))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("Silver needs two Bronze benchmarks in the register; the cluster has 0"));
    }

    @Test
    void aFirstSilverIsNoRenewalAndAGoldAuditCountsInBothExpertsLoad() throws Exception {
        Long silver = fixture.silverReadyCluster();
        AssessmentView first = fixture.silverRequested(silver);
        assertThat(first.renewal()).isFalse();
        assertThat(first.previousAssessmentId()).isNull();

        Users lead = fixture.newAssessor("DK");
        Users second = fixture.newAssessor("SE");
        Long cluster = fixture.eligibleCluster();
        fixture.goldInAudit(cluster, lead, second);

        assertThat(Users.SUPPORT.call(() -> assessments.openAssignmentsPerExpert()))
                .containsEntry(lead.username(), 1L).containsEntry(second.username(), 1L);
        mvc.perform(get("/api/assessors/proposals").param("clusterId", String.valueOf(fixture.eligibleCluster()))
                        .param("qualification", "GOLD_ASSESSOR").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + second.username() + "')].openAssignments", hasItem(1)))
                .andExpect(jsonPath("$[?(@.username == '" + lead.username() + "')].openAssignments", hasItem(1)));
    }
}
