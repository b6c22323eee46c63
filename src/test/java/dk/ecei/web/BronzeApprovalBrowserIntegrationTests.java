package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentStatus;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.BronzeFixture;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.support.Browser;
import dk.ecei.support.KeycloakServerTest;
import dk.ecei.support.KeycloakTestServer;
import dk.ecei.support.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code ecei.approval.bronze} on, in a real headless chromium logged in through Keycloak: support staff find the
 * Bronze report's recommendation on {@code /approvals}, open it alone and approve it; the label follows. The
 * screenshots (target/screenshots/support-approvals-bronze.png, support-decision-bronze.png) show them in Danish.
 */
@TestPropertySource(properties = "ecei.approval.bronze=true")
class BronzeApprovalBrowserIntegrationTests extends KeycloakServerTest {

    @LocalServerPort
    int port;

    @Autowired
    BronzeFixture fixture;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    AssessmentService assessments;

    @BeforeAll
    void chromiumIsInstalled() {
        assumeTrue(Browser.available(), "chromium and chromium-driver are installed by .ci/run");
    }

    @Test
    void supportStaffApproveABronzeRecommendationOnItsOwnFromTheApprovalsPage() {
        Long cluster = fixture.eligibleCluster();
        Long id = fixture.submitted(cluster, Users.ASSESSOR1).id();
        Users.ASSESSOR1.run(() -> reviews.writeReport(id, fixture.report(id)));
        assertThat(read(id).status()).isEqualTo(AssessmentStatus.AWAITING_APPROVAL);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.logInThroughKeycloak("support", KeycloakTestServer.DEMO_PASSWORD);
            browser.open("/approvals");
            assertThat(browser.find(By.id("approval-settings")).getText()).contains("Bronze: ja");
            assertThat(browser.all(By.id("pick-" + id))).hasSize(1);
            browser.assertReadable();
            browser.screenshot("support-approvals-bronze");

            browser.click(By.cssSelector("a[href='/assessments/" + id + "/decision']"));
            browser.await().until(ExpectedConditions.urlContains("/assessments/" + id + "/decision"));
            assertThat(browser.find(By.tagName("h1")).getText()).contains("Bronze");
            assertThat(browser.text()).contains("Klyngen er veldrevet.");
            browser.submit(By.id("decide"));
            assertThat(browser.find(By.id("decision-error")).isDisplayed()).isTrue();
            browser.assertReadable();
            browser.click(By.id("decision-approve"));
            browser.type(By.id("reason"), "Benchmarkingen er gennemført efter reglerne");
            browser.screenshot("support-decision-bronze");
            browser.submit(By.id("decide"));
            browser.await().until(ExpectedConditions.urlMatches(".*/assessments/" + id + "$"));
            assertThat(browser.text()).contains("Afsluttet");
        }
        AssessmentView decided = read(id);
        assertThat(decided.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(decided.labelId()).isNotNull();
    }

    private AssessmentView read(Long id) {
        return Users.SUPPORT.call(() -> assessments.get(id));
    }
}
