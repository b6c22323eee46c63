package dk.ecei.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.BronzeFixture;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.label.AwardLabel;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.shared.PageQuery;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The label counts and the dashboard's lists with the caches of production (the test profile switches them off): kept
 * between reads, and dropped after the commit of an award, a withdrawal or any step of an assessment, so the dashboard
 * shows the change at once.
 */
@IntegrationTest
@TestPropertySource(properties = {"ecei.dashboard.counts-cache=5m", "ecei.dashboard.lists-cache=5m"})
class DashboardCountsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LabelRegister register;

    @Autowired
    BronzeFixture bronzeFixture;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    DashboardCounts counts;

    @Autowired
    DashboardQueries queries;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Test
    void aNewLabelShowsOnTheDashboardAtOnceAfterItsEventAndAWithdrawnOneGoes() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int bronze = dashboardBronze();
        long registerBronze = counts.registerCounts(today).get(LabelLevel.BRONZE);
        int forecastBronzeNow = forecastBronzeNow(today);
        long registerTotal = registerTotal(today);
        // The start page's register from the kept order is the register read afresh.
        assertThat(counts.registerPage(today, null, null, null, null, PageQuery.of(1, 10)))
                .isEqualTo(queries.registerPage(today, null, null, null, null, PageQuery.of(1, 10)));

        // A label written without an event (as an import would): the cached counts stand, so the cache is used.
        Long other = bronzeFixture.eligibleCluster();
        Users.SUPPORT.run(() -> tx.executeWithoutResult(s -> register.award(new AwardLabel(other, LabelLevel.BRONZE, today,
                today, null, "test"))));
        assertThat(dashboardBronze()).isEqualTo(bronze);
        assertThat(counts.registerCounts(today).get(LabelLevel.BRONZE)).isEqualTo(registerBronze);
        assertThat(forecastBronzeNow(today)).isEqualTo(forecastBronzeNow);
        assertThat(registerTotal(today)).isEqualTo(registerTotal);

        // A Bronze benchmark ends in its label; the assessment's LabelAwarded drops the counts after the commit.
        Long cluster = bronzeFixture.eligibleCluster();
        assertThat(counts.openAssessments()).isNotNull(); // the lists are kept from here on
        Long id = bronzeFixture.submitted(cluster, Users.ASSESSOR1).id();
        // Each step's event dropped the kept lists: the benchmark is in progress, with the expert to act.
        assertThat(counts.openAssessments()).filteredOn(a -> a.id().equals(id)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("UNDER_REVIEW"));
        // The pipeline and the workload kept with them are the ones made of the kept assessments.
        assertThat(counts.pipeline()).isEqualTo(queries.pipeline(counts.openAssessments()));
        assertThat(counts.workload()).isEqualTo(queries.workload(counts.openAssessments()));
        assertThat(counts.pipeline().assessments()).anyMatch(a -> a.id().equals(id));
        int assessor1Open = assessorOpen();
        assertThat(assessor1Open).isPositive();
        AssessmentView reported = Users.ASSESSOR1.call(() -> reviews.writeReport(id, bronzeFixture.report(id)));
        assertThat(reported.labelId()).isNotNull();
        assertThat(counts.openAssessments()).noneMatch(a -> a.id().equals(id));
        assertThat(counts.pipeline().assessments()).noneMatch(a -> a.id().equals(id));
        assertThat(assessorOpen()).isEqualTo(assessor1Open - 1);
        assertThat(dashboardBronze()).isEqualTo(bronze + 2);
        assertThat(counts.registerCounts(today).get(LabelLevel.BRONZE)).isEqualTo(registerBronze + 2);
        assertThat(forecastBronzeNow(today)).as("the forecast's holders today, cached too").isEqualTo(forecastBronzeNow + 2);
        assertThat(registerTotal(today)).isEqualTo(registerTotal + 2);
        assertThat(registerLabels(today)).contains(reported.labelId());

        // Withdrawn today: the label aggregate's LabelWithdrawn drops them again.
        Users.SUPPORT.run(() -> tx.executeWithoutResult(s -> register.withdraw(reported.labelId(), "Sekretariatet er lukket")));
        assertThat(dashboardBronze()).isEqualTo(bronze + 1);
        assertThat(counts.registerCounts(today).get(LabelLevel.BRONZE)).isEqualTo(registerBronze + 1);
        assertThat(forecastBronzeNow(today)).isEqualTo(forecastBronzeNow + 1);
        assertThat(registerTotal(today)).isEqualTo(registerTotal + 1);
        assertThat(registerLabels(today)).doesNotContain(reported.labelId());
    }

    /**
     * The dashboard page's tables are written once for the parts they show and kept while the same parts come back:
     * a request drops the lists, and the next view shows it; a reader in the other language gets the page in theirs.
     */
    @Test
    void theDashboardPageShowsAChangeAtOnceAndEachReaderItInTheirLanguage() throws Exception {
        String danish = dashboardPage(null);
        assertThat(danish).contains("Nationalt overblik").doesNotContain("National dashboard");
        int unassigned = unassigned(danish, "Anmodninger uden ekspert: ");
        assertThat(sections(dashboardPage(null))).as("written again or kept: the same").isEqualTo(sections(danish));
        String english = dashboardPage("en");
        assertThat(english).contains("National dashboard", "Requests without an expert: " + unassigned)
                .doesNotContain("Nationalt overblik", "Anmodninger uden ekspert");

        Long cluster = bronzeFixture.eligibleCluster();
        Long id = bronzeFixture.requested(cluster).id();
        String afterRequest = dashboardPage(null);
        assertThat(unassigned(afterRequest, "Anmodninger uden ekspert: ")).isEqualTo(unassigned + 1);
        assertThat(unassigned(dashboardPage("en"), "Requests without an expert: ")).isEqualTo(unassigned + 1);
        bronzeFixture.assign(id, Users.ASSESSOR1);
        assertThat(unassigned(dashboardPage(null), "Anmodninger uden ekspert: ")).isEqualTo(unassigned);
    }

    private String dashboardPage(String language) throws Exception {
        var request = get("/dashboard").with(Users.SUPPORT.request());
        if (language != null) {
            request = request.cookie(new jakarta.servlet.http.Cookie("ecei-lang", language));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    /** The page's main section (the header around it holds the reader's own things). */
    private static String sections(String page) {
        return page.substring(page.indexOf("<section"), page.lastIndexOf("</section>"));
    }

    private static int unassigned(String page, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(text) + "(\\d+)").matcher(page);
        assertThat(m.find()).as(text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The open assignments of the first assessor in the kept workload. */
    private int assessorOpen() {
        return counts.workload().experts().stream().filter(e -> e.expert().equals(Users.ASSESSOR1.username()))
                .mapToInt(e -> e.open()).sum();
    }

    private long registerTotal(LocalDate today) {
        return counts.registerPage(today, null, null, null, null, PageQuery.of(0, 1)).total();
    }

    /** Every label of today's register, page by page from the kept order. */
    private java.util.List<Long> registerLabels(LocalDate today) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var entries = counts.registerPage(today, null, null, null, null, PageQuery.of(page, 100)).items();
            if (entries.isEmpty()) {
                return ids;
            }
            entries.forEach(e -> ids.add(e.labelId()));
        }
    }

    private int forecastBronzeNow(LocalDate today) {
        return counts.forecast(today.plusMonths(12)).levels().stream().filter(l -> l.level() == LabelLevel.BRONZE)
                .findFirst().orElseThrow().today();
    }

    private int dashboardBronze() throws Exception {
        String json = mvc.perform(get("/api/dashboard/counts").with(Users.SUPPORT.request()))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.parse(json).read("$.total.bronze", Integer.class);
    }
}
