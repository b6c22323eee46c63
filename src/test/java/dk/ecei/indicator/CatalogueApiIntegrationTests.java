package dk.ecei.indicator;

import dk.ecei.support.Users;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CatalogueApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    CatalogueService catalogue;

    @Test
    void theReferenceCatalogueHas36BronzeAnd31GoldIndicators() {
        CatalogueView reference = catalogue.byCode("REF-2026.1");

        assertThat(reference.referenceCatalogue()).isTrue();
        assertThat(reference.indicators(Scheme.BRONZE)).hasSize(36);
        assertThat(reference.indicators(Scheme.GOLD)).hasSize(31);
        assertThat(reference.categories().stream().filter(c -> c.scheme() == Scheme.BRONZE)).hasSize(6);
        assertThat(reference.categories().stream().filter(c -> c.scheme() == Scheme.GOLD)).hasSize(5);
        assertThat(reference.indicators(Scheme.GOLD)).allSatisfy(i -> assertThat(i.thresholdOperator()).isNotNull());
        assertThat(reference.indicators(Scheme.GOLD)).anyMatch(CatalogueView.IndicatorView::minimumRequirement);
        assertThat(reference.goldPassShare()).isEqualByComparingTo("0.80");
    }

    @Test
    void readingTheCatalogueNeedsALogin() throws Exception {
        mvc.perform(get("/api/catalogue/versions/REF-2026.1").with(httpBasic("manager-clean", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories", hasSize(11)))
                .andExpect(jsonPath("$.categories[0].nameDa").value("Klyngens struktur"));
        mvc.perform(get("/api/catalogue/versions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/catalogue/versions/NOPE").with(httpBasic("support", "demo"))).andExpect(status().isNotFound());
    }

    @Autowired
    CatalogueService catalogueService;

    /** The test's small version would otherwise stay in force for every later test: the rules in force are put back. */
    @org.junit.jupiter.api.AfterEach
    void restore() {
        if (before != null && !catalogueService.current().code().equals(before.code())) {
            Users.SUPPORT.run(() -> catalogueService.publish(CatalogueCopies.copyOf(before, "RESTORE-" + System.nanoTime())));
        }
    }

    private CatalogueView before;

    @Test
    void supportStaffPublishANewVersionThatReplacesTheCurrentOne() throws Exception {
        before = catalogueService.current();
        String code = "TEST-" + System.nanoTime();
        NewCatalogueVersion version = new NewCatalogueVersion(code, "Test version", "for the test", new BigDecimal("0.8"),
                List.of(new NewCatalogueVersion.NewCategory(Scheme.BRONZE, "B1", "Struktur", "Structure",
                                List.of(NewCatalogueVersionTests.bronze("B1.1"))),
                        new NewCatalogueVersion.NewCategory(Scheme.GOLD, "G1", "Struktur", "Structure",
                                List.of(NewCatalogueVersionTests.gold("G1.1", AnswerKind.NUMBER, ThresholdOperator.AT_LEAST, "50")))));

        mvc.perform(post("/api/catalogue/versions").with(httpBasic("manager-clean", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(version)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/catalogue/versions").with(httpBasic("support", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(version)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.referenceCatalogue").value(false))
                .andExpect(jsonPath("$.publishedBy").value("support"));
        mvc.perform(get("/api/catalogue/current").with(httpBasic("support", "demo")))
                .andExpect(jsonPath("$.code").value(code));
        mvc.perform(get("/api/catalogue/versions").with(httpBasic("support", "demo")))
                .andExpect(jsonPath("$[*].code", hasItem("REF-2026.1")));
        mvc.perform(post("/api/catalogue/versions").with(httpBasic("support", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(version)))
                .andExpect(status().isConflict());
    }

    @Test
    void anInconsistentVersionIsRefusedWithEveryReason() throws Exception {
        String body = """
                {"code": "BAD-1", "title": "Bad", "goldPassShare": 0.8, "categories": [
                  {"scheme": "GOLD", "code": "G1", "nameDa": "a", "nameEn": "a", "indicators": [
                    {"code": "G1.1", "nameDa": "a", "nameEn": "a", "answerKind": "TEXT", "thresholdOperator": "AT_LEAST", "thresholdValue": 3}
                  ]}]}""";
        mvc.perform(post("/api/catalogue/versions").with(httpBasic("support", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reasons", hasSize(2)));
        mvc.perform(get("/api/catalogue/versions/BAD-1").with(httpBasic("support", "demo"))).andExpect(status().isNotFound());
    }
}
