package dk.ecei.web;

import dk.ecei.support.KeycloakServerTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.ecei.support.Browser;
import dk.ecei.support.KeycloakTestServer;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Support staff's new pages in a real headless chromium, logged in through Keycloak's real login page: the assessor
 * register's forms (register, qualification, tie, deactivate, history), publishing a catalogue version and the
 * approval body's page (a batch decided for a meeting), and an observer attached by support staff who then reads the
 * audit without a form to act on. The screenshots (target/screenshots/support-assessor-*.png,
 * support-catalogue-new.png, support-approvals*.png, support-observer-attached.png, observer-*.png) show them in Danish.
 */
class SupportRegisterBrowserIntegrationTests extends KeycloakServerTest {

    private static final String PASSWORD = KeycloakTestServer.DEMO_PASSWORD;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    dk.ecei.assessment.SilverGoldFixture fixture;

    @org.springframework.beans.factory.annotation.Autowired
    dk.ecei.assessment.ExpertReviews reviews;

    @org.springframework.beans.factory.annotation.Autowired
    dk.ecei.assessment.AssessmentService assessments;

    @BeforeAll
    void chromiumIsInstalled() {
        assumeTrue(Browser.available(), "chromium and chromium-driver are installed by .ci/run");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void setDate(Browser browser, String id, String isoDate) {
        // The date picker's typing order depends on the browser's locale; the value it submits does not.
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    @Test
    void supportStaffKeepTheAssessorRegisterInThePages() {
        try (Browser browser = new Browser(base())) {
            browser.logInThroughKeycloak("support", PASSWORD);
            browser.open("/assessors");
            browser.click(By.id("new-assessor"));
            browser.await().until(ExpectedConditions.urlContains("/assessors/new"));
            String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
            browser.type(By.id("username"), "has space");
            browser.type(By.id("fullName"), "Birgitte Browser");
            browser.type(By.id("email"), username + "@example.org");
            browser.submit(By.id("save-assessor"));
            assertThat(browser.find(By.id("username-error")).getText()).startsWith("Et brugernavn består af bogstaver");
            assertThat(browser.find(By.id("fullName")).getAttribute("value")).isEqualTo("Birgitte Browser");
            browser.assertReadable();
            browser.screenshot("support-assessor-new-error");
            browser.find(By.id("username")).clear();
            browser.type(By.id("username"), username);
            browser.submit(By.id("save-assessor"));
            browser.await().until(ExpectedConditions.urlMatches(".*/assessors/\\d+$"));
            assertThat(browser.find(By.tagName("h1")).getText()).contains("Birgitte Browser");

            new Select(browser.find(By.id("grant-kind"))).selectByValue("BENCHMARKING_EXPERT");
            // A Danish browser (--lang=da) takes a typed date day first, as a Danish user types it (dd.mm.åååå).
            assertThat(browser.find(By.id("grant-validUntil")).getAttribute("lang")).isEqualTo("da");
            browser.type(By.id("grant-validUntil"), "31122029");
            assertThat(browser.find(By.id("grant-validUntil")).getAttribute("value")).isEqualTo("2029-12-31");
            browser.submit(By.id("grant-qualification"));
            assertThat(browser.text()).contains("Benchmarking-ekspert (Bronze): gyldig til 31. december 2029");

            new Select(browser.find(By.id("tie-cluster"))).selectByVisibleText("CLEAN");
            new Select(browser.find(By.id("tie-kind"))).selectByValue("EMPLOYEE");
            setDate(browser, "tie-fromDate", "2025-02-01");
            setDate(browser, "tie-toDate", "2025-01-01");
            browser.submit(By.id("declare-tie"));
            assertThat(browser.find(By.id("tie-toDate-error")).getText()).isEqualTo("Båndet kan ikke slutte, før det begynder.");
            browser.script("document.getElementById('tie-toDate').value = '';");
            browser.submit(By.id("declare-tie"));
            assertThat(browser.text()).contains("Ansat i CLEAN fra 1. februar 2025 til nu");

            browser.submit(By.id("deactivate"));
            assertThat(browser.find(By.tagName("h1")).getText()).contains("inaktiv");
            assertThat(browser.find(By.id("trail-title")).getText()).isEqualTo("Historik");
            assertThat(browser.text()).contains("Bedømmeren blev registreret", "Kvalifikation tilføjet",
                    "Bånd til en klynge erklæret", "Bedømmeren blev deaktiveret");
            browser.assertReadable();
            browser.screenshot("support-assessor-show");
        }
    }

    @Test
    void supportStaffOpenTheCataloguePublishingPageWithTheGoldPassRule() {
        try (Browser browser = new Browser(base())) {
            browser.logInThroughKeycloak("support", PASSWORD);
            browser.open("/catalogue");
            assertThat(browser.find(By.id("gold-pass-rule")).getText()).startsWith("Guld kræver");
            browser.click(By.id("new-catalogue"));
            browser.await().until(ExpectedConditions.urlContains("/catalogue/new"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Udgiv en ny katalogversion");
            assertThat(browser.text()).contains("Andel af indikatorerne der er opfyldt (ECEI)",
                    "Andel af de mulige point (som Baden-Württemberg)");
            // Nothing is published here (the catalogue in force is shared by the other tests): a wrong share only.
            browser.type(By.id("code"), "BROWSER-" + System.nanoTime());
            browser.find(By.id("goldPassPercent")).clear();
            browser.type(By.id("goldPassPercent"), "40");
            browser.submit(By.id("publish-catalogue"));
            assertThat(browser.find(By.id("goldPassPercent-error")).getText()).isEqualTo("Mindst 50.");
            browser.assertReadable();
            browser.screenshot("support-catalogue-new");
        }
    }

    private Long silverAwaitingApproval() {
        Long cluster = fixture.silverReadyCluster();
        Long id = fixture.silverInAudit(cluster, dk.ecei.support.Users.ASSESSOR1).id();
        dk.ecei.support.Users.ASSESSOR1.run(() -> reviews.recordSilverAudit(id, fixture.silverAudit()));
        return id;
    }

    @Test
    void theApprovalBodyDecidesTwoRecommendationsForAMeeting() {
        Long first = silverAwaitingApproval();
        Long second = silverAwaitingApproval();
        try (Browser browser = new Browser(base())) {
            browser.logInThroughKeycloak("support", PASSWORD);
            browser.open("/tasks");
            browser.click(By.cssSelector("a[href='/approvals']"));
            browser.await().until(ExpectedConditions.urlContains("/approvals"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Indstillinger til godkendelse");
            browser.submit(By.id("decide-batch"));
            assertThat(browser.find(By.id("meetingName-error")).isDisplayed()).isTrue();
            assertThat(browser.find(By.id("assessmentIds-error")).isDisplayed()).isTrue();
            browser.assertReadable();
            browser.screenshot("support-approvals-error");

            browser.click(By.id("pick-" + first));
            browser.click(By.id("pick-" + second));
            browser.type(By.id("meetingName"), "Bestyrelsesmøde december");
            setDate(browser, "meetingDate", "2026-12-01");
            browser.click(By.id("batch-approve"));
            browser.type(By.id("reason"), "Begge rapporter dokumenterer forbedringerne");
            browser.submit(By.id("decide-batch"));
            assertThat(browser.find(By.id("approvals-decided")).getText()).isEqualTo("2 indstillinger er besluttet.");
            assertThat(browser.all(By.id("pick-" + first))).isEmpty();
            browser.assertReadable();
            browser.screenshot("support-approvals");
        }
        for (Long id : new Long[] {first, second}) {
            assertThat(dk.ecei.support.Users.SUPPORT.call(() -> assessments.get(id)).status())
                    .isEqualTo(dk.ecei.assessment.AssessmentStatus.COMPLETED);
        }
    }

    @Test
    void supportStaffAttachAnObserverWhoThenReadsTheAuditWithNothingToActOn() {
        Long cluster = fixture.silverReadyCluster();
        Long id = fixture.silverInAudit(cluster, dk.ecei.support.Users.ASSESSOR1).id();
        try (Browser browser = new Browser(base())) {
            browser.logInThroughKeycloak("support", PASSWORD);
            browser.open("/assessments/" + id);
            browser.submit(By.id("attach-observer"));
            assertThat(browser.find(By.id("username-error")).isDisplayed()).isTrue();
            browser.type(By.id("username"), "assessor2");
            browser.type(By.id("organisation"), "Erhvervshus Midtjylland");
            browser.submit(By.id("attach-observer"));
            assertThat(browser.text()).contains("Observatøren er tilknyttet.", "Erhvervshus Midtjylland", "Observatør tilknyttet");
            assertThat(browser.all(By.id("detach-observer-0"))).hasSize(1);
            browser.assertReadable();
            browser.screenshot("support-observer-attached");
        }
        try (Browser browser = new Browser(base())) {
            // assessor2 is not the auditor here: a trainee observing the audit.
            browser.logInThroughKeycloak("assessor2", PASSWORD);
            browser.open("/assessments/" + id);
            assertThat(browser.text()).contains("Erhvervshus Midtjylland");
            assertThat(browser.all(By.cssSelector("main form"))).as("nothing to post on the assessment page").isEmpty();
            assertThat(browser.all(By.cssSelector("main button"))).isEmpty();
            browser.assertReadable();
            browser.screenshot("observer-assessment");

            browser.open("/assessments/" + id + "/silver-audit");
            assertThat(browser.all(By.cssSelector("main form"))).as("the audit form is read-only").isEmpty();
            assertThat(browser.all(By.cssSelector("main input, main textarea, main select"))).isNotEmpty();
            assertThat(browser.all(By.cssSelector("main input:not([disabled]):not([type=hidden]), main textarea:not([disabled]), main select:not([disabled])")))
                    .as("every field disabled").isEmpty();
            assertThat(browser.all(By.cssSelector("main button"))).isEmpty();
            browser.assertReadable();
            browser.screenshot("observer-silver-audit");
        }
        assertThat(dk.ecei.support.Users.SUPPORT.call(() -> assessments.get(id)).observers())
                .extracting(o -> o.username()).containsExactly("assessor2");
    }
}
