package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.SelfAssessments;
import dk.ecei.assessment.AssessmentStatus;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.SilverGoldFixture;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Silver and Gold pages without a browser: each role's page, the refusals for the wrong role and for another
 * cluster's manager, form errors next to their fields with the typed values kept, and post-redirect-get.
 */
@IntegrationTest
class SilverGoldPagesIntegrationTests {

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    MockMvc mvc;
    @Autowired
    SilverGoldFixture fixture;
    @Autowired
    AssessmentService assessments;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    dk.ecei.assessment.StepDeadlines deadlines;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private AssessmentView view(Long id) {
        return Users.SUPPORT.call(() -> assessments.get(id));
    }

    private static Matcher<String> noMissingTexts() {
        return not(containsString("??"));
    }

    @Test
    void theClusterManagerRequestsGoldFromTheClusterPageReadsTheGapAnalysisAndGoesOn() throws Exception {
        Long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        mvc.perform(get("/my-cluster").with(manager.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"request-silver\""), containsString("id=\"request-gold\""))));

        String gapPage = mvc.perform(post("/clusters/{id}/gold", cluster).with(manager.request()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(gapPage).matches("/assessments/\\d+/gap-analysis");
        Long id = Long.valueOf(gapPage.replaceAll("\\D+", " ").strip());

        mvc.perform(get(gapPage).with(manager.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Gap-analyse for"), containsString("Sandsynlig score"),
                        containsString("id=\"likely-level\""), containsString("Ikke besvaret"), containsString("id=\"proceed\""),
                        noMissingTexts())));
        mvc.perform(get(gapPage).param("lang", "en").with(manager.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Likely score"), containsString("Best case"), noMissingTexts())));
        mvc.perform(get(gapPage).with(Users.managerOf(fixture.eligibleCluster()).request())).andExpect(status().isNotFound());
        mvc.perform(post(gapPage + "/proceed").with(Users.managerOf(fixture.eligibleCluster()).request()))
                .andExpect(status().isNotFound());
        mvc.perform(post(gapPage + "/proceed").with(Users.SUPPORT.request())).andExpect(status().isForbidden());

        mvc.perform(post(gapPage + "/proceed").with(manager.request()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/assessments/" + id));
        assertThat(view(id).status()).isEqualTo(AssessmentStatus.REQUESTED);
        mvc.perform(get("/assessments/{id}", id).with(manager.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Guld-vurdering af"), containsString("Gap-analyse"),
                        containsString("data-diagram=\"/diagrams/gold-assessment.bpmn\""), containsString("id=\"open-steps\""),
                        containsString("Tildel to Guld-eksperter"), noMissingTexts())));
    }

    @Test
    void aSilverRequestThatIsRefusedShowsTheReasonsOnTheClusterPage() throws Exception {
        Long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        mvc.perform(post("/clusters/{id}/silver", cluster).with(manager.request()))
                .andExpect(redirectedUrl("/my-cluster"))
                .andExpect(flash().attribute("problems", List.of("Sølv kræver to Bronze-benchmarkinger i registret; klyngen har 0.")));
        mvc.perform(get("/my-cluster").with(manager.request()).flashAttr("problemsTitle", "cluster.requestRefused")
                        .flashAttr("problems", List.of("Silver needs two Bronze benchmarks")))
                .andExpect(content().string(allOf(containsString("Vurderingen kunne ikke anmodes om:"),
                        containsString("Silver needs two Bronze benchmarks"))));
        mvc.perform(post("/clusters/{id}/gold", cluster).with(Users.managerOf(fixture.eligibleCluster()).request()))
                .andExpect(status().isForbidden());
    }

    @Test
    void supportStaffAssignTheGoldPairAndAPairWithoutAForeignExpertIsRefusedNextToTheField() throws Exception {
        Long cluster = fixture.eligibleCluster();
        Long id = fixture.goldRequested(cluster).id();
        Users.managerOf(cluster).run(() -> selfAssessments.proceedAfterGapAnalysis(id));
        mvc.perform(get("/assessments/{id}", id).with(Users.SUPPORT.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"assign-experts\""), containsString("assessor2"),
                        noMissingTexts())));

        Users dane = fixture.newAssessor("DK");
        Users otherDane = fixture.newAssessor("DK");
        mvc.perform(post("/assessments/{id}/experts", id).with(Users.SUPPORT.request()).param("expert", dane.username())
                        .param("secondExpert", otherDane.username()).param("plannedAuditDate", TestClock.today().plusDays(20).toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"secondExpert-error\""),
                        containsString("value=\"" + TestClock.today().plusDays(20) + "\""))));
        mvc.perform(post("/assessments/{id}/experts", id).with(Users.managerOf(cluster).request()).param("expert", "assessor1")
                        .param("secondExpert", "assessor2").param("plannedAuditDate", TestClock.today().plusDays(20).toString()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/assessments/{id}/experts", id).with(Users.SUPPORT.request()).param("expert", dane.username())
                        .param("secondExpert", "assessor2").param("plannedAuditDate", TestClock.today().plusDays(20).toString()))
                .andExpect(redirectedUrl("/assessments/" + id));
        assertThat(view(id).secondExpert()).isEqualTo("assessor2");
    }

    @Test
    void theClusterNamesItsImprovementAreasAndAnIncompleteAreaKeepsWhatWasTyped() throws Exception {
        Long cluster = fixture.silverReadyCluster();
        Users manager = Users.managerOf(cluster);
        Long id = fixture.silverRequested(cluster).id();
        String page = "/assessments/" + id + "/improvement-areas";
        mvc.perform(get(page).with(manager.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Forbedringsområde 3"), containsString("id=\"area0-codes\""),
                        containsString("G4.1"), noMissingTexts())));
        mvc.perform(get(page).with(Users.managerOf(fixture.eligibleCluster()).request())).andExpect(status().isNotFound());

        mvc.perform(post(page).with(manager.request()).param("areas[0].title", "Ny strategi")
                        .param("areas[0].whatChanged", "Bestyrelsen vedtog strategien i 2025"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"area0-codes-error\""),
                        containsString("id=\"area0-evidence-error\""), containsString("value=\"Ny strategi\""),
                        containsString("Bestyrelsen vedtog strategien i 2025"), not(containsString("id=\"area1-title-error\"")))));

        mvc.perform(post(page).with(manager.request()).param("areas[0].title", "Ny strategi").param("areas[0].indicatorCodes", "G4.1", "G4.2")
                        .param("areas[0].whatChanged", "Vedtaget").param("areas[0].evidence", "strategi.pdf"))
                .andExpect(redirectedUrl(page));
        assertThat(view(id).improvementAreas()).singleElement().satisfies(area -> assertThat(area.codes()).containsExactly("G4.1", "G4.2"));
        mvc.perform(post(page).with(Users.SUPPORT.request()).param("areas[0].title", "x").param("areas[0].indicatorCodes", "G4.1")
                        .param("areas[0].whatChanged", "x").param("areas[0].evidence", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAuditorRecordsTheSilverAuditAndTheCommitteeApprovesWithAReason() throws Exception {
        Long cluster = fixture.silverReadyCluster();
        Users auditor = fixture.newAssessor("DK");
        Long id = fixture.silverInAudit(cluster, auditor).id();
        String page = "/assessments/" + id + "/silver-audit";
        mvc.perform(get(page).with(Users.managerOf(cluster).request())).andExpect(status().isForbidden());
        mvc.perform(get(page).with(Users.ASSESSOR2.request())).andExpect(status().isNotFound());
        mvc.perform(get("/tasks").param("assessment", String.valueOf(id)).with(auditor.request()))
                .andExpect(content().string(allOf(containsString(page), containsString("Sølv-audit og rapport"))));
        mvc.perform(get(page).with(auditor.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sølv-audit af"), containsString("Minimumskrav"),
                        containsString("Strategi"), containsString("id=\"record-audit\""), noMissingTexts())));

        MockHttpServletRequestBuilder audit = post(page).with(auditor.request()).param("auditDate", LocalDate.now(SilverGoldFixture.DENMARK).toString())
                .param("report.findings", "Klyngen har forbedret sig").param("report.recommendations", "Fortsæt");
        for (int i = 0; i < 3; i++) {
            audit.param("areas[" + i + "].met", "true").param("areas[" + i + "].note", "Set på stedet " + i);
        }
        MockHttpServletRequestBuilder incomplete = audit;
        mvc.perform(incomplete).andExpect(status().isUnprocessableEntity())
                .andExpect(unescapedContent(allOf(containsString("-met-error\""), containsString("Set på stedet 1"),
                        containsString("Klyngen har forbedret sig"))));

        MockHttpServletRequestBuilder complete = post(page).with(auditor.request())
                .param("auditDate", LocalDate.now(SilverGoldFixture.DENMARK).toString())
                .param("report.findings", "Klyngen har forbedret sig").param("report.recommendations", "Fortsæt");
        for (int i = 0; i < 3; i++) {
            complete.param("areas[" + i + "].met", "true").param("areas[" + i + "].note", "Set på stedet " + i);
        }
        for (String code : fixture.minimumRequirements()) {
            complete.param("minimumRequirements[" + code + "].met", "true").param("minimumRequirements[" + code + "].note", "Opfyldt");
        }
        mvc.perform(complete).andExpect(redirectedUrl("/assessments/" + id));
        assertThat(view(id).status()).isEqualTo(AssessmentStatus.AWAITING_APPROVAL);

        String decision = "/assessments/" + id + "/decision";
        mvc.perform(get(decision).with(auditor.request())).andExpect(status().isForbidden());
        mvc.perform(get(decision).with(Users.managerOf(cluster).request())).andExpect(status().isForbidden());
        mvc.perform(get(decision).with(Users.SUPPORT.request()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Label committee: Silver for"), containsString("Recommends"),
                        containsString("Recommendation of the audit"), containsString("id=\"minimum-requirements\""),
                        containsString(auditor.username()), noMissingTexts())));
        mvc.perform(post(decision).with(Users.SUPPORT.request()).param("decision", "APPROVE"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"reason-error\""),
                        containsString("value=\"APPROVE\" name=\"decision\" checked=\"checked\""))));
        mvc.perform(post(decision).with(Users.SUPPORT.request()).param("decision", "APPROVE").param("reason", "Indstillingen følges"))
                .andExpect(redirectedUrl("/assessments/" + id));
        assertThat(view(id).status()).isEqualTo(AssessmentStatus.COMPLETED);
        mvc.perform(get("/assessments/{id}", id).with(Users.managerOf(cluster).request()))
                .andExpect(content().string(allOf(containsString("Indstillingen følges"), containsString("Godkendt: Sølv"))));
    }

    @Test
    void aGoldAuditStillAheadIsNoDefaultForItsDaysAndItsScoringFallsDueAfterIt() throws Exception {
        Long cluster = fixture.eligibleCluster();
        Users lead = fixture.newAssessor("DK");
        Long id = fixture.goldInAudit(cluster, lead, Users.ASSESSOR2).id();
        LocalDate planned = LocalDate.now(SilverGoldFixture.DENMARK).plusDays(14);

        String page = mvc.perform(get("/assessments/" + id + "/scores").with(lead.request())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"planned-audit\"", "Auditten er planlagt til at begynde")
                .containsPattern("id=\"auditFrom\"[^>]*value=\"\"");

        java.sql.Timestamp due = jdbc.queryForObject("select t.DUE_DATE_ from ACT_RU_TASK t join ACT_RU_EXECUTION e"
                + " on e.ID_ = t.PROC_INST_ID_ where e.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = 'Task_ScoreIndicators' limit 1",
                java.sql.Timestamp.class, String.valueOf(id));
        Integer days = view(id).auditDays();
        Instant auditEnds = planned.plusDays(days).atStartOfDay(SilverGoldFixture.DENMARK).toInstant();
        assertThat(due.toInstant()).isEqualTo(auditEnds.plus(deadlines.named("scoring")));
    }

    @Test
    void bothGoldExpertsScoreAndTheLeadExpertRecordsTheAgreedScoreWhereTheyDiffer() throws Exception {
        Long cluster = fixture.eligibleCluster();
        Users lead = fixture.newAssessor("DK");
        Long id = fixture.goldInAudit(cluster, lead, Users.ASSESSOR2).id();
        TestClock.set(Instant.now().plus(Duration.ofDays(5)));
        String page = "/assessments/" + id + "/scores";
        mvc.perform(get(page).with(Users.managerOf(cluster).request())).andExpect(status().isForbidden());
        mvc.perform(get(page).with(Users.ASSESSOR1.request())).andExpect(status().isNotFound());
        mvc.perform(get("/tasks").param("assessment", String.valueOf(id)).with(lead.request()))
                .andExpect(content().string(containsString(page)));
        mvc.perform(get(page).with(lead.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"save-scores\""), containsString("Klyngen svarede"),
                        noMissingTexts())));

        LocalDate today = LocalDate.now(SilverGoldFixture.DENMARK).plusDays(5);
        String g = fixture.goldCodes().get(3);
        mvc.perform(scores(page, lead, today, null, g)).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"" + g.replace('.', '-') + "-note-error\""),
                        containsString("value=\"" + today.minusDays(1) + "\""), containsString("Dokumenteret"))));

        mvc.perform(scores(page, lead, today, null, null)).andExpect(redirectedUrl("/assessments/" + id));
        mvc.perform(get(page).with(lead.request())).andExpect(content().string(allOf(containsString("id=\"already-scored\""),
                not(containsString("id=\"save-scores\"")))));
        mvc.perform(scores(page, Users.ASSESSOR2, today, g, null)).andExpect(redirectedUrl("/assessments/" + id));
        assertThat(view(id).status()).isEqualTo(AssessmentStatus.AGREEING_SCORES);

        String agree = "/assessments/" + id + "/final-scores";
        mvc.perform(get(agree).with(Users.ASSESSOR2.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-code=\"" + g + "\""), not(containsString("id=\"agree-scores\"")))));
        mvc.perform(get(agree).with(lead.request())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"agree-scores\""), containsString("Under tærsklen"),
                        noMissingTexts())));
        mvc.perform(post(agree).with(lead.request()).param("scores[" + g + "].note", "Enige efter drøftelse"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(unescapedContent(allOf(containsString("-met-error\""), containsString("Enige efter drøftelse"))));
        mvc.perform(post(agree).with(Users.ASSESSOR2.request()).param("scores[" + g + "].met", "true").param("scores[" + g + "].note", "Enige"))
                .andExpect(status().isForbidden());
        mvc.perform(post(agree).with(lead.request()).param("scores[" + g + "].met", "true").param("scores[" + g + "].note", "Enige efter drøftelse"))
                .andExpect(redirectedUrl("/assessments/" + id));
        AssessmentView agreed = view(id);
        assertThat(agreed.status()).isEqualTo(AssessmentStatus.AWAITING_APPROVAL);
        mvc.perform(get("/assessments/{id}", id).with(lead.request()))
                .andExpect(content().string(allOf(containsString("id=\"outcome\""), containsString("31 af 31 (100 %)"))));
    }

    /** Every Gold indicator met with a note, except {@code notMet}; no note for {@code noNote}; a two-day audit ending on {@code lastDay}. */
    private MockHttpServletRequestBuilder scores(String page, Users expert, LocalDate lastDay, String notMet, String noNote) {
        MockHttpServletRequestBuilder request = post(page).with(expert.request())
                .param("auditFrom", lastDay.minusDays(1).toString()).param("auditUntil", lastDay.toString());
        for (String code : fixture.goldCodes()) {
            boolean met = !code.equals(notMet);
            request.param("scores[" + code + "].met", String.valueOf(met))
                    .param("scores[" + code + "].note", code.equals(noNote) ? "" : met ? "Dokumenteret" : "Under tærsklen");
        }
        return request;
    }

    /** The page as its reader sees it: bound fields write letters such as å and ø as character references. */
    private static org.springframework.test.web.servlet.ResultMatcher unescapedContent(org.hamcrest.Matcher<? super String> matcher) {
        return result -> org.hamcrest.MatcherAssert.assertThat(
                org.springframework.web.util.HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()), matcher);
    }
}
