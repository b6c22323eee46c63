package dk.ecei.web;

import dk.ecei.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentStatus;
import dk.ecei.assessment.BronzeFixture;
import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.Scheme;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Bronze pages bind form objects: a rule the service reports lands at the field it concerns, in the reader's
 * language; numbers are read the way the reader writes them; the expert keeps a draft of the report that nobody else
 * reads before it is written.
 */
@IntegrationTest
class BronzePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BronzeFixture fixture;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void numbersAreReadTheWayTheReaderWritesThem() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        String code = numberIndicator();

        mvc.perform(save(manager, id, code, "1.250.000")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "self.savedAnswers"));
        assertThat(answer(id, code)).isEqualTo("1250000");
        mvc.perform(save(manager, id, code, "12,5")).andExpect(status().is3xxRedirection());
        assertThat(answer(id, code)).isEqualTo("12.5");
        mvc.perform(save(manager, id, code, "1,250,000").param("lang", "en")).andExpect(status().is3xxRedirection());
        assertThat(answer(id, code)).isEqualTo("1250000");
        // In Danish "1,250,000" is no number: refused at its field, nothing saved.
        mvc.perform(save(manager, id, code, "1,250,000").param("lang", "da")).andExpect(status().isUnprocessableEntity());
        assertThat(answer(id, code)).isEqualTo("1250000");
    }

    @Test
    void aRefusedAnswerIsShownAtItsFieldInTheReadersLanguageWithWhatWasTyped() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        String code = numberIndicator();

        String danish = mvc.perform(save(manager, id, code, "mange")).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(danish).contains("id=\"answer-" + code + "-error\"", "Angiv et tal, for eksempel 42 eller 12,5.",
                "value=\"mange\"");
        String english = mvc.perform(save(manager, id, code, "many").param("lang", "en"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("id=\"answer-" + code + "-error\"").doesNotContain("Angiv et tal");
        assertThat(answer(id, code)).isNull();
    }

    @Test
    void aRefusedAssignmentNamesItsReasonAtTheExpertField() throws Exception {
        long cluster = fixture.eligibleCluster();
        long id = fixture.requested(cluster).id();

        mvc.perform(post("/assessments/" + id + "/assignment").with(Users.SUPPORT.request())
                        .param("expert", "nobody").param("plannedInterviewDate", TestClock.today().plusDays(7).toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("id=\"expert-error\"")))
                .andExpect(content().string(Matchers.containsString("Der er ingen bedømmer med brugernavnet »nobody« i registret.")));
        assertThat(Users.SUPPORT.call(() -> assessments.get(id)).status()).isEqualTo(AssessmentStatus.REQUESTED);
    }

    @Test
    void theExpertKeepsADraftOfTheReportThatNobodyElseReadsUntilItIsWritten() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.submitted(cluster, Users.ASSESSOR1).id();
        List<String> groups = catalogue.current().categories().stream().filter(c -> c.scheme() == Scheme.BRONZE)
                .map(c -> c.code()).toList();
        String first = groups.get(0);

        mvc.perform(post("/assessments/" + id + "/report").with(Users.ASSESSOR1.request()).param("draft", "true")
                        .param("interviewDate", "").param("groups[" + first + "].findings", "Udkast til fund"))
                .andExpect(redirectedUrl("/assessments/" + id + "/review#report-form"))
                .andExpect(flash().attribute("saved", "report.draftSaved"));
        assertThat(Users.ASSESSOR1.call(() -> assessments.get(id)).status()).isEqualTo(AssessmentStatus.UNDER_REVIEW);
        mvc.perform(get("/assessments/" + id + "/review").with(Users.ASSESSOR1.request()))
                .andExpect(content().string(Matchers.containsString("Udkast til fund")));
        mvc.perform(get("/assessments/" + id + "/report").with(manager.request()))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Udkast til fund"))));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where aggregate_type = 'ASSESSMENT' and aggregate_id = ?"
                + " and action = 'REPORT_DRAFT_SAVED'", Integer.class, id)).isEqualTo(1);

        // Written incomplete: refused at the empty fields, the draft kept; then written whole.
        mvc.perform(post("/assessments/" + id + "/report").with(Users.ASSESSOR1.request())
                        .param("interviewDate", TestClock.today().toString()).param("groups[" + first + "].findings", "Udkast til fund"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("id=\"recommendations-" + first + "-error\"")));
        MockHttpServletRequestBuilder whole = post("/assessments/" + id + "/report").with(Users.ASSESSOR1.request())
                .param("interviewDate", TestClock.today().toString()).param("summary", "Veldrevet");
        for (String group : groups) {
            whole.param("groups[" + group + "].findings", "Fund " + group).param("groups[" + group + "].recommendations", "Råd " + group);
        }
        mvc.perform(whole).andExpect(redirectedUrl("/assessments/" + id + "/report"))
                .andExpect(flash().attribute("saved", "report.written"));
        mvc.perform(get("/assessments/" + id + "/report").with(manager.request()))
                .andExpect(content().string(Matchers.containsString("Fund " + first)));
    }

    private MockHttpServletRequestBuilder save(Users manager, long id, String code, String value) {
        return post("/assessments/" + id + "/self-assessment").with(manager.request())
                .param("answers[" + code + "]", value).param("was[" + code + "]", "wrong-on-purpose");
    }

    private String answer(long id, String code) {
        return jdbc.query("select answer_value from assessment_answer where assessment_id = ? and indicator_code = ?",
                rs -> rs.next() ? rs.getString(1) : null, id, code);
    }

    private String numberIndicator() {
        return catalogue.current().indicators(Scheme.BRONZE).stream().filter(i -> i.answerKind() == AnswerKind.NUMBER)
                .findFirst().orElseThrow().code();
    }
}
