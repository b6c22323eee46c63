package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.GoldPassBasis;
import dk.ecei.indicator.Scheme;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Support staff publish a new catalogue version from the page: the Gold pass rule, thresholds, minimum requirements, points. */
@IntegrationTest
class CataloguePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogueService catalogue;

    private CatalogueView base;

    /** Puts a copy of the version that was in force back in force, so that later tests see the same rules. */
    @AfterEach
    void restore() {
        if (base != null) {
            CatalogueForm copy = CatalogueForm.basedOn(base);
            copy.setCode("RESTORE-" + System.nanoTime());
            Users.SUPPORT.run(() -> catalogue.publish(copy.version(base)));
        }
    }

    /** The page's form as the browser sends it with the base version's values, with some fields changed. */
    private MockHttpServletRequestBuilder formOf(CatalogueView version, String code, String... changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("title", "Ny version");
        fields.put("goldPassBasis", "INDICATORS_MET");
        fields.put("goldPassPercent", "80");
        List<IndicatorView> gold = version.indicators(Scheme.GOLD);
        for (int n = 0; n < gold.size(); n++) {
            IndicatorView i = gold.get(n);
            fields.put("indicators[" + n + "].code", i.code());
            fields.put("indicators[" + n + "].maxPoints", "1");
            if (i.thresholdValue() != null) {
                fields.put("indicators[" + n + "].thresholdValue", i.thresholdValue().toPlainString().replace('.', ','));
            }
            if (i.minimumRequirement()) {
                fields.put("indicators[" + n + "].minimumRequirement", "true");
            }
        }
        for (int n = 0; n < changed.length; n += 2) {
            fields.put(changed[n], changed[n + 1]);
        }
        MockHttpServletRequestBuilder request = post("/catalogue/new").with(Users.SUPPORT.request());
        fields.forEach(request::param);
        return request;
    }

    private static int indexOf(List<IndicatorView> gold, java.util.function.Predicate<IndicatorView> which) {
        for (int n = 0; n < gold.size(); n++) {
            if (which.test(gold.get(n))) {
                return n;
            }
        }
        throw new AssertionError("no such indicator");
    }

    @Test
    void supportStaffPublishAVersionWithAPointsRuleNewThresholdsMinimumRequirementsAndPoints() throws Exception {
        base = catalogue.current();
        List<IndicatorView> gold = base.indicators(Scheme.GOLD);
        int withValue = indexOf(gold, i -> i.thresholdOperator() != null && i.thresholdOperator().needsValue());
        int notMinimum = indexOf(gold, i -> !i.minimumRequirement());
        mvc.perform(get("/catalogue/new").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Udgiv en ny katalogversion</h1>")))
                .andExpect(content().string(containsString("Andel af de mulige point (som Baden-Württemberg)")))
                .andExpect(content().string(containsString("id=\"ind-" + withValue + "-threshold\"")))
                .andExpect(content().string(not(containsString("??"))));

        String code = "DK-PAGE-" + System.nanoTime();
        mvc.perform(formOf(base, code, "goldPassBasis", "POINTS", "goldPassPercent", "75,5",
                        "indicators[" + withValue + "].thresholdValue", "12,5",
                        "indicators[" + notMinimum + "].minimumRequirement", "true",
                        "indicators[0].maxPoints", "3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/catalogue"));

        CatalogueView published = catalogue.byCode(code);
        assertThat(published.goldPassRule().basis()).isEqualTo(GoldPassBasis.POINTS);
        assertThat(published.goldPassShare()).isEqualByComparingTo("0.755");
        List<IndicatorView> publishedGold = published.indicators(Scheme.GOLD);
        assertThat(publishedGold).hasSameSizeAs(gold);
        assertThat(publishedGold.get(withValue).thresholdValue()).isEqualByComparingTo("12.5");
        assertThat(publishedGold.get(notMinimum).minimumRequirement()).isTrue();
        assertThat(publishedGold.get(0).maxPoints()).isEqualTo(3);
        assertThat(published.indicators(Scheme.BRONZE)).hasSameSizeAs(base.indicators(Scheme.BRONZE));
        assertThat(published.publishedBy()).isEqualTo("support");
        assertThat(catalogue.current().code()).isEqualTo(code);
        mvc.perform(get("/catalogue").with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("Guld kræver mindst 75,5 % af de mulige point, og alle minimumskrav.")))
                .andExpect(content().string(containsString("(deltagere)")))
                .andExpect(content().string(not(containsString("(participants)"))));
        // The cluster page's Gold box states the rule in force, not a fixed 80 %.
        mvc.perform(get("/clusters/1").with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("de " + gold.size() + " Guld-indikatorer")))
                .andExpect(content().string(containsString("Guld kræver mindst 75,5 % af de mulige point, og alle minimumskrav.")))
                .andExpect(content().string(not(containsString("80 %"))));
        mvc.perform(get("/catalogue/new").with(Users.SUPPORT.request()))
                .andExpect(content().string(not(containsString("participants"))));
    }

    @Test
    void wrongValuesStayInTheirFieldsAndNothingIsPublished() throws Exception {
        CatalogueView current = catalogue.current();
        List<IndicatorView> gold = current.indicators(Scheme.GOLD);
        int withValue = indexOf(gold, i -> i.thresholdOperator() != null && i.thresholdOperator().needsValue());
        String code = "DK-BAD-" + System.nanoTime();
        mvc.perform(formOf(current, code, "goldPassPercent", "40",
                        "indicators[" + withValue + "].thresholdValue", "",
                        "indicators[1].maxPoints", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"goldPassPercent-error\">Mindst 50.")))
                .andExpect(content().string(containsString("id=\"ind-" + withValue + "-threshold-error\">Angiv tærskelværdien.")))
                .andExpect(content().string(containsString("id=\"ind-1-points-error\">")))
                .andExpect(content().string(containsString("value=\"40\"")));
        mvc.perform(get("/api/catalogue/versions/" + code).with(Users.SUPPORT.request())).andExpect(status().isNotFound());
        // A code already used is refused at its field.
        mvc.perform(formOf(current, current.code()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\">En version med denne kode findes allerede.")));
    }

    @Test
    void onlySupportStaffPublish() throws Exception {
        for (Users user : new Users[] {Users.ASSESSOR1, Users.managerOf(1L)}) {
            mvc.perform(get("/catalogue/new").with(user.request())).andExpect(status().isForbidden());
            mvc.perform(post("/catalogue/new").with(user.request()).param("code", "X")).andExpect(status().isForbidden());
            mvc.perform(get("/catalogue").with(user.request()))
                    .andExpect(content().string(not(containsString("href=\"/catalogue/new\""))));
        }
        mvc.perform(get("/catalogue").with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("href=\"/catalogue/new\"")));
    }
}
