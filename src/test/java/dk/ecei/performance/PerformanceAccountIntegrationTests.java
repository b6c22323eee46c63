package dk.ecei.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PerformanceAccountIntegrationTests {

    private static final int YEAR = 2031;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    Flyway flyway;

    @Test
    void loadsThePublishedNationalAccountAndTheGoalsAsTheyAreInTheReferenceFiles() throws Exception {
        assertThat(flyway.info().applied()).extracting(i -> i.getVersion().getVersion()).contains("6");
        assertThat(jdbc.queryForList("select account_year from national_performance order by account_year", Integer.class))
                .containsExactly(2012, 2013, 2014, 2015, 2016, 2018);
        Map<String, Object> y2018 = jdbc.queryForMap("select * from national_performance where account_year = 2018");
        assertThat(y2018.get("participating_companies_under_50_employees")).isNull();
        assertThat(jdbc.queryForObject("select turnover_mdkk_excl_in_kind from national_performance where account_year = 2016",
                java.math.BigDecimal.class)).isEqualByComparingTo("337.95");
        assertThat(jdbc.queryForObject("select count(*) from national_goal", Integer.class)).isEqualTo(4);

        mvc.perform(get("/api/performance/national").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[?(@.year == 2016)].source").value("HISTORY"))
                .andExpect(jsonPath("$.years[?(@.year == 2016)].figures.participating_companies").value(16520))
                .andExpect(jsonPath("$.years[?(@.year == 2016)].figures.participating_companies_under_50_employees").value(11351))
                .andExpect(jsonPath("$.years[?(@.year == 2016)].figures.secretariat_fte_avg").value(7))
                .andExpect(jsonPath("$.years[?(@.year == 2012)].figures.newsletters").doesNotExist())
                .andExpect(jsonPath("$.goals[0].goalNo").value(1))
                .andExpect(jsonPath("$.goals[0].target").value(2000))
                .andExpect(jsonPath("$.goals[0].baseline2014").value(1600))
                .andExpect(jsonPath("$.goals[0].years[?(@.year == 2016)].value").value(1524))
                .andExpect(jsonPath("$.goals[0].years[?(@.year == 2016)].met").value(false))
                .andExpect(jsonPath("$.goals[0].years[?(@.year == 2018)].met").value(true))
                .andExpect(jsonPath("$.goals[1].goalNo").value(2))
                .andExpect(jsonPath("$.goals[1].years.length()").value(0))
                .andExpect(jsonPath("$.goals[2].years[?(@.year == 2018)].value").value(3445))
                .andExpect(jsonPath("$.goals[2].years[?(@.year == 2018)].met").value(true))
                .andExpect(jsonPath("$.goals[3].years[?(@.year == 2016)].shareOfTarget").value(2.961));

        String csv = new String(mvc.perform(get("/api/performance/national").param("format", "csv").param("lang", "en")
                .with(Users.SUPPORT.request())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String danish = new String(mvc.perform(get("/api/performance/national").param("format", "csv")
                .with(Users.SUPPORT.request())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(danish.lines().findFirst().orElseThrow()).startsWith("\uFEFFÅr;Kilde;");
        assertThat(danish.lines().filter(l -> l.startsWith("2016;")).findFirst().orElseThrow()).contains(";42;7;337,95;16520;");
        assertThat(csv.lines().filter(l -> l.startsWith("2016,")).findFirst().orElseThrow())
                .isEqualTo("2016,HISTORY,,42,7,337.95,16520,11351,6007,989,1600,7979,4441,1011,89,2131,469,849,794,393,3259,4832,3789,1524");
        assertThat(csv.lines().filter(l -> l.startsWith("2018,")).findFirst().orElseThrow())
                .isEqualTo("2018,HISTORY,,38,9.9,494,18058,,,,,9766,4758,1015,60,3445,,434,720,408,3518,6868,5296,2689");
    }

    @Test
    void supportOpensTheYearManagersReportTheirOwnClusterAndTheTotalsAreComputed() throws Exception {
        Users clean = Users.managerOf(1L);
        Users brains = Users.managerOf(10L);
        mvc.perform(put(report(1)).with(clean.request()).contentType(MediaType.APPLICATION_JSON).content(body(null, 100, 60)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/performance/collections").with(clean.request()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": " + YEAR + "}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/performance/collections").with(Users.SUPPORT.request()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": " + YEAR + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.openedBy").value("support"));
        mvc.perform(post("/api/performance/collections").with(Users.SUPPORT.request()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": " + YEAR + "}")).andExpect(status().isConflict());

        mvc.perform(put(report(1)).with(clean.request()).contentType(MediaType.APPLICATION_JSON).content(body(null, 100, 60)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.participatingCompanies").value(100))
                .andExpect(jsonPath("$.submittedBy").value("manager-1"))
                .andExpect(jsonPath("$.version").value(0));
        // Nobody writes another cluster's report, not even support staff.
        mvc.perform(put(report(1)).with(brains.request()).contentType(MediaType.APPLICATION_JSON).content(body(0L, 1, 1)))
                .andExpect(status().isForbidden());
        mvc.perform(put(report(1)).with(Users.SUPPORT.request()).contentType(MediaType.APPLICATION_JSON).content(body(0L, 1, 1)))
                .andExpect(status().isForbidden());
        mvc.perform(get(report(1)).with(brains.request())).andExpect(status().isForbidden());
        // Figures that contradict each other, a missing figure, a stale correction.
        mvc.perform(put(report(10)).with(brains.request()).contentType(MediaType.APPLICATION_JSON).content(body(null, 50, 80)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0]").value("Kan ikke være flere end de deltagende virksomheder."))
                .andExpect(jsonPath("$.violations[0].field").value("participatingCompaniesUnder50Employees"))
                .andExpect(jsonPath("$.violations[0].arguments[0]").value("80"));
        mvc.perform(put(report(10)).with(brains.request()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"figures\": {\"participatingCompanies\": 5}}")).andExpect(status().isBadRequest());
        mvc.perform(put(report(10)).with(brains.request()).contentType(MediaType.APPLICATION_JSON).content(body(null, 40, 30)))
                .andExpect(status().isOk());
        mvc.perform(put(report(1)).with(clean.request()).contentType(MediaType.APPLICATION_JSON).content(body(null, 120, 70)))
                .andExpect(status().isConflict());
        mvc.perform(put(report(1)).with(clean.request()).contentType(MediaType.APPLICATION_JSON).content(body(0L, 120, 70)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get(report(1)).with(clean.request())).andExpect(jsonPath("$.figures.participatingCompanies").value(120));

        mvc.perform(get("/api/performance/collections/" + YEAR + "/totals").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.source").value("REPORTS"))
                .andExpect(jsonPath("$.totals.reportingClusters").value(2))
                .andExpect(jsonPath("$.totals.figures.participating_companies").value(160))
                .andExpect(jsonPath("$.totals.figures.participating_companies_under_50_employees").value(100))
                .andExpect(jsonPath("$.totals.figures.companies_new_products_services_processes").value(20))
                .andExpect(jsonPath("$.totals.figures.media_mentions").value(14))
                .andExpect(jsonPath("$.goals[0].years[0].value").value(20))
                .andExpect(jsonPath("$.goals[0].years[0].met").value(false))
                .andExpect(jsonPath("$.goals[0].years[0].shareOfTarget").value(0.01))
                .andExpect(jsonPath("$.innovatingCompaniesByRegion[0].region").value("UNKNOWN"))
                .andExpect(jsonPath("$.innovatingCompaniesByRegion[0].companiesNewProductsServicesProcesses").value(20))
                .andExpect(jsonPath("$.clustersNotReported.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(39)));
        mvc.perform(get("/api/performance/collections/" + YEAR + "/totals").with(clean.request()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/performance/national").with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.years[?(@.year == " + YEAR + ")].figures.participating_companies").value(160));

        String csv = new String(mvc.perform(get("/api/performance/collections/" + YEAR + "/reports").param("format", "csv").param("lang", "en")
                        .with(Users.SUPPORT.request()))
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().toList().get(1)).startsWith(YEAR + ",10,BrainsBusiness,40,30,10,10,10,10,10,7,7,manager-10,");
        assertThat(csv.lines().toList().get(2)).startsWith(YEAR + ",1,CLEAN,120,70,10,10,10,10,10,7,7,manager-1,");

        mvc.perform(post("/api/performance/collections/" + YEAR + "/close").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.reports").value(2));
        mvc.perform(post("/api/performance/collections/" + YEAR + "/close").with(Users.SUPPORT.request()))
                .andExpect(status().isConflict());
        mvc.perform(put(report(1)).with(clean.request()).contentType(MediaType.APPLICATION_JSON).content(body(1L, 1, 1)))
                .andExpect(status().isConflict());

        Long collectionId = jdbc.queryForObject("select id from performance_collection where account_year = ?", Long.class, YEAR);
        assertThat(audit.history("PerformanceCollection", collectionId)).extracting(e -> e.getAction())
                .containsExactly("OPENED", "CLOSED");
        Long reportId = jdbc.queryForObject("select id from performance_report where collection_id = ? and cluster_id = 1",
                Long.class, collectionId);
        assertThat(audit.history("PerformanceReport", reportId)).extracting(e -> e.getAction())
                .containsExactly("SUBMITTED", "CORRECTED");
        assertThat(audit.history("PerformanceReport", reportId).get(1).detailText()).contains("participating_companies=120");
    }

    @Test
    void theAccountIsNotPublic() throws Exception {
        mvc.perform(get("/api/performance/national")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/performance/national").with(Users.managerOf(1L).request())).andExpect(status().isForbidden());
        mvc.perform(get("/api/performance/collections").with(Users.ASSESSOR1.request())).andExpect(status().isForbidden());
        mvc.perform(post("/api/performance/collections").with(Users.SUPPORT.request()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": 1850}")).andExpect(status().isBadRequest());
    }

    private static String report(long clusterId) {
        return "/api/performance/collections/" + YEAR + "/reports/" + clusterId;
    }

    private static String body(Long version, int participating, int under50) {
        return "{\"version\": " + version + ", \"figures\": {\"participatingCompanies\": " + participating
                + ", \"participatingCompaniesUnder50Employees\": " + under50
                + ", \"companiesInCollaborationProjects\": 10, \"companiesInInternationalActivities\": 10"
                + ", \"companiesNewProductsServicesProcesses\": 10, \"companiesNewIdeas\": 10, \"companiesInCourses\": 10"
                + ", \"newsletters\": 7, \"mediaMentions\": 7}}";
    }
}
