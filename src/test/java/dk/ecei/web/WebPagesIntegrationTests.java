package dk.ecei.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The pages with the demo login of the embedded default, without a browser: login page, language, form errors, refusals. */
@IntegrationTest
class WebPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoLoginPageSaysItIsADemoAndTheApiStillAnswersProblemJson() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("DEMO-LOGIN")))
                .andExpect(content().string(containsString("lang=\"da\"")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("DEMO LOGIN")));
        mvc.perform(get("/tasks").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/api/clusters")).andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aLanguageOtherThanDanishOrEnglishFallsBackToDanish() throws Exception {
        mvc.perform(get("/").cookie(new Cookie("ecei-lang", "de"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Klyngernes kvalitetsmærker")));
        mvc.perform(get("/").param("lang", "en")).andExpect(content().string(containsString("Cluster labels")));
    }

    @Test
    void aWrongValueIsShownNextToItsFieldAndEverythingTypedIsKept() throws Exception {
        mvc.perform(post("/clusters/new").with(Users.SUPPORT.request()).param("name", "Ny klynge ApS")
                        .param("cvrNumber", "123").param("type", "REGIONAL_CLUSTER").param("secretariatFte", "1,5")
                        .param("companies", "-1").param("website", "www.example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cvrNumber-error\">Et CVR-nummer har 8 cifre.")))
                .andExpect(content().string(containsString("id=\"fields-error\"") ))
                .andExpect(content().string(containsString("value=\"Ny klynge ApS\"")))
                .andExpect(content().string(containsString("value=\"1,5\"")))
                .andExpect(content().string(containsString("value=\"www.example.org\"")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void pagesOfOtherRolesAreRefusedAsPages() throws Exception {
        mvc.perform(get("/assessors").with(Users.managerOf(1L).request())).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Du har ikke lov til at gøre dette.")));
        mvc.perform(get("/assessments/999999").with(Users.SUPPORT.request())).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Siden eller posten findes ikke")));
    }
}
