package dk.ecei.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The support function's pages (the national dashboard, the performance account), the cluster manager's report of
 * the year's figures and the search of the public register, with the demo login of the embedded default.
 */
@IntegrationTest
class SupportPagesIntegrationTests {

    /** A year no other test opens. */
    private static final int YEAR = 2041;
    private static final Users CLEAN = Users.managerOf(1L);

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** The end of 2016, when the demo data hold the published 8 Gold and 5 Silver labels. */
    private static void endOf2016() {
        TestClock.set(ZonedDateTime.of(2016, 12, 31, 12, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant());
    }

    /** The assessors' workload is a list: it pages like the pipeline and the expiring labels (25 a page). */
    @Test
    void theWorkloadPagesAndRefusesAPageOutOfRange() throws Exception {
        mvc.perform(get("/dashboard").param("workloadPage", "0").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"workload\"")));
        mvc.perform(get("/dashboard").param("workloadPage", "-1").with(Users.SUPPORT.request()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void supportStaffSeeTheDashboardAgainstTheGoalWithItsChartTablesAndExportsInBothLanguages() throws Exception {
        endOf2016();
        mvc.perform(get("/dashboard").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Nationalt overblik</h1>")))
                .andExpect(content().string(containsString("Status 31. december 2016.")))
                .andExpect(content().string(containsString("<strong class=\"big\">8</strong>")))
                .andExpect(content().string(containsString("Mål: mindst 10")))
                .andExpect(content().string(containsString("Mangler 2")))
                .andExpect(content().string(containsString("Mangler 5")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("I dag har 8 klynger Guld og 5 Sølv; målet er 10 Guld og 10 Sølv.")))
                .andExpect(content().string(containsString("<th scope=\"row\">december 2016</th>")))
                .andExpect(content().string(containsString("Energi")))
                .andExpect(content().string(containsString("Ingen region angivet")))
                .andExpect(content().string(containsString("id=\"pipeline-steps\"")))
                .andExpect(content().string(containsString("Prognose 31. december 2017")))
                .andExpect(content().string(containsString("Mærker der udløber inden for 6 måneder")))
                .andExpect(content().string(containsString("id=\"workload\"")))
                .andExpect(content().string(containsString("href=\"/api/dashboard/export\"")))
                .andExpect(content().string(containsString("href=\"/api/dashboard/counts?format=csv\"")))
                .andExpect(content().string(containsString("href=\"/api/dashboard/series?from=2007-01&amp;to=2016-12&amp;format=xlsx\"")))
                .andExpect(content().string(containsString("href=\"/api/dashboard/forecast?date=2017-12-31&amp;format=csv\"")))
                .andExpect(content().string(containsString("aria-current=\"page\">Nationalt overblik</a>")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/dashboard").param("lang", "en").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>National dashboard</h1>")))
                .andExpect(content().string(containsString("Status on 31 December 2016.")))
                .andExpect(content().string(containsString("Goal: at least 10")))
                .andExpect(content().string(containsString("Forecast on 31 December 2017")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aForecastDateInThePastOrNotADateIsShownNextToItsFieldAndKept() throws Exception {
        mvc.perform(get("/dashboard").param("date", "2001-02-03").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\">Vælg i dag eller en senere dato.")))
                .andExpect(content().string(containsString("value=\"2001-02-03\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(not(containsString("id=\"forecast\""))));
        mvc.perform(get("/dashboard").param("date", "i morgen").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\">Angiv en dato.")))
                .andExpect(content().string(containsString("value=\"i morgen\"")));
    }

    @Test
    void clusterManagersAndAssessorsAreRefusedTheSupportPagesAndSupportTheManagersForm() throws Exception {
        for (Users user : new Users[] {CLEAN, Users.ASSESSOR1}) {
            for (String page : new String[] {"/dashboard", "/performance"}) {
                mvc.perform(get(page).with(user.request())).andExpect(status().isForbidden())
                        .andExpect(content().string(containsString("Du har ikke lov til at gøre dette.")));
            }
            mvc.perform(post("/performance/collections").param("year", "2042").with(user.request()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/performance/report").with(Users.ASSESSOR1.request())).andExpect(status().isForbidden());
        mvc.perform(get("/performance/report").with(Users.SUPPORT.request())).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/my-cluster").with(CLEAN.request()))
                .andExpect(content().string(containsString("href=\"/performance/report\"")))
                .andExpect(content().string(not(containsString("href=\"/dashboard\""))));
    }

    @Test
    void supportOpensAYearTheManagerReportsWithErrorsNextToTheFieldsAndSupportClosesIt() throws Exception {
        // Support staff open the year; a wrong year stays in its field with the error next to it.
        mvc.perform(post("/performance/collections").param("year", "1999").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\">Et år fra 2000 til 2100.")))
                .andExpect(content().string(containsString("value=\"1999\"")));
        mvc.perform(post("/performance/collections").param("year", String.valueOf(YEAR)).with(Users.SUPPORT.request()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/performance?year=" + YEAR));
        mvc.perform(post("/performance/collections").param("year", String.valueOf(YEAR)).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\">Indsamlingen for dette år er allerede åbnet eller lukket.")));
        mvc.perform(get("/performance").param("year", String.valueOf(YEAR)).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Året " + YEAR)))
                .andExpect(content().string(containsString("0 klynger har indberettet")))
                .andExpect(content().string(containsString(">CLEAN</a>")))
                .andExpect(content().string(containsString("id=\"close-" + YEAR + "\"")))
                .andExpect(content().string(containsString("16.520")))
                .andExpect(content().string(containsString("Virksomheder, der årligt udvikler nye innovationer")))
                .andExpect(content().string(containsString("href=\"/api/performance/national?format=xlsx\"")))
                .andExpect(content().string(not(containsString("??"))));

        // The manager of CLEAN reports; a value that is not a number is kept and explained next to its field.
        mvc.perform(get("/performance/report").param("year", String.valueOf(YEAR)).with(CLEAN.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tal for " + YEAR)))
                .andExpect(content().string(containsString("Klyngen har endnu ikke indberettet.")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(report(YEAR, "newsletters", "mange").with(CLEAN.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newsletters-error\">Angiv et helt tal.")))
                .andExpect(content().string(containsString("value=\"mange\"")))
                .andExpect(content().string(containsString("value=\"40\"")));
        // A subset larger than the participating companies: the account's rule lands next to that field.
        mvc.perform(report(YEAR, "companiesNewIdeas", "41").with(CLEAN.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"companiesNewIdeas-error\">Kan ikke være flere end de deltagende virksomheder.")))
                .andExpect(content().string(containsString("value=\"41\"")));
        mvc.perform(report(YEAR).with(CLEAN.request()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/performance/report?year=" + YEAR));
        mvc.perform(get("/performance/report").param("year", String.valueOf(YEAR)).with(CLEAN.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Send rettelsen")))
                .andExpect(content().string(containsString("<th scope=\"col\" class=\"num\">" + YEAR + "</th>")))
                .andExpect(content().string(containsString("manager-1, ")));

        mvc.perform(get("/performance").param("year", String.valueOf(YEAR)).with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("1 klynge har indberettet")));
        mvc.perform(post("/performance/collections/" + YEAR + "/close").with(Users.SUPPORT.request()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/performance?year=" + YEAR));
        mvc.perform(get("/performance").param("year", String.valueOf(YEAR)).param("lang", "en").with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("Closed")))
                .andExpect(content().string(not(containsString("id=\"close-" + YEAR + "\""))));
        mvc.perform(report(YEAR, "version", "0").with(CLEAN.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indsamlingen for året er lukket")));
    }

    /** A complete, consistent report of 40 participating companies, with some values changed. */
    private static MockHttpServletRequestBuilder report(int year, String... changed) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("participatingCompanies", "40",
                "participatingCompaniesUnder50Employees", "30", "companiesInCollaborationProjects", "12",
                "companiesInInternationalActivities", "8", "companiesNewProductsServicesProcesses", "6",
                "companiesNewIdeas", "10", "companiesInCourses", "15", "newsletters", "10", "mediaMentions", "4"));
        for (int i = 0; i < changed.length; i += 2) {
            values.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/performance/report/" + year);
        values.forEach(request::param);
        return request;
    }

    @Test
    void thePublicRegisterSearchesByNameAndFiltersByLevelFieldAndRegion() throws Exception {
        endOf2016();
        mvc.perform(get("/").param("q", "clean"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>CLEAN</td>")))
                .andExpect(content().string(not(containsString("<td>BrainsBusiness</td>"))))
                .andExpect(content().string(containsString("value=\"clean\"")))
                .andExpect(content().string(containsString("1 mærke passer til søgningen")));
        mvc.perform(get("/").param("level", "SILVER").param("lang", "en"))
                .andExpect(content().string(containsString("5 labels match the search")))
                .andExpect(content().string(containsString("<option value=\"SILVER\" selected=\"selected\">Silver</option>")))
                .andExpect(content().string(not(containsString("<td>CLEAN</td>"))));
        mvc.perform(get("/").param("region", "NORDJYLLAND").param("field", "ICT"))
                .andExpect(content().string(containsString("Ingen gyldige mærker passer til søgningen.")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<td>BrainsBusiness</td>")))
                .andExpect(content().string(containsString("for=\"q\"")));
    }

    @Test
    void thePublicRegisterShowsTheLabelsOfAnyDay() throws Exception {
        mvc.perform(get("/").param("validOn", "2016-12-31").param("level", "GOLD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8 mærker passer til søgningen")))
                .andExpect(content().string(containsString("value=\"2016-12-31\"")));
        mvc.perform(get("/").param("validOn", "2016-06-14"))
                .andExpect(content().string(containsString("Ingen gyldige mærker passer til søgningen.")));
        mvc.perform(get("/").param("validOn", "not-a-date")).andExpect(status().is4xxClientError());
        mvc.perform(get("/")).andExpect(content().string(containsString("id=\"end-of-2016\"")));
    }
}
