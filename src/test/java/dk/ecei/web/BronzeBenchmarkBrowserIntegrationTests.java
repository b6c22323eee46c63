package dk.ecei.web;

import dk.ecei.support.KeycloakServerTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.ecei.support.Browser;
import dk.ecei.support.KeycloakTestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web interface in a real headless chromium, logged in through Keycloak's real login page (demo login off, as in
 * production): each role's pages in Danish and English with the accessibility basics, and one Bronze benchmark from
 * the request to the label across the three roles. Screenshots of the main pages go to target/screenshots/.
 */
class BronzeBenchmarkBrowserIntegrationTests extends KeycloakServerTest {

    private static final String PASSWORD = KeycloakTestServer.DEMO_PASSWORD;
    /** BrainsBusiness, the cluster of the demo user manager-brains; no other test benchmarks it. */
    private static final long BRAINS = 10;

    @LocalServerPort
    int port;

    @BeforeAll
    void chromiumIsInstalled() {
        assumeTrue(Browser.available(), "chromium and chromium-driver are installed by .ci/run");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void everyRoleLogsInThroughKeycloakAndReadsItsPagesInDanishAndEnglish() {
        Map<String, List<String>> startPages = Map.of(
                "support", List.of("/tasks", "Klyngeregister", "Bedømmerregister"),
                "assessor2", List.of("/tasks", "Opgaver", "Vurderinger"),
                "manager-clean", List.of("/my-cluster", "Min klynge", "Opgaver"));
        startPages.forEach((user, expected) -> {
            try (Browser browser = new Browser(base())) {
                browser.logInThroughKeycloak(user, PASSWORD);
                assertThat(browser.url()).endsWith(expected.get(0));
                assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
                WebElement nav = browser.find(By.cssSelector("header nav"));
                assertThat(nav.getText()).contains(expected.get(1), expected.get(2));
                if (!user.equals("support")) {
                    assertThat(nav.getText()).doesNotContain("Bedømmerregister");
                }
                browser.assertReadable();
                browser.screenshot(user + "-start-da");

                browser.click(By.cssSelector(".languages a[lang=en]"));
                browser.await().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                assertThat(browser.find(By.cssSelector("header nav")).getText()).contains("Tasks");
                browser.assertReadable();
                browser.screenshot(user + "-start-en");
                browser.open("/catalogue");
                assertThat(browser.text()).contains("Number of committed cluster participants");
                browser.open("/?lang=da");
                assertThat(browser.text()).contains("Klyngernes kvalitetsmærker");

                browser.submit(By.cssSelector("form[action$='/logout'] button"));
                browser.await().until(d -> d.getCurrentUrl().startsWith(base()));
                browser.open("/tasks");
                browser.await().until(d -> d.getCurrentUrl().endsWith("/login"));
            }
        });
    }

    @Test
    void supportReadsTheNationalDashboardAndThePerformanceAccount() {
        try (Browser browser = new Browser(base())) {
            browser.logInThroughKeycloak("support", PASSWORD);
            browser.click(By.cssSelector("header nav a[href$='/dashboard']"));
            browser.await().until(ExpectedConditions.urlContains("/dashboard"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Nationalt overblik");
            assertThat(browser.all(By.cssSelector("figure.chart svg polyline"))).hasSize(2);
            assertThat(browser.find(By.id("export-all")).getAttribute("href")).endsWith("/api/dashboard/export");
            browser.assertReadable();
            browser.screenshot("support-dashboard");
            // The date picker's typing order depends on the browser's locale; the value it submits does not.
            browser.script("document.getElementById('date').value = '2001-01-01';");
            browser.submit(By.id("show-forecast"));
            assertThat(browser.text()).contains("Vælg i dag eller en senere dato.");

            browser.open("/performance");
            assertThat(browser.find(By.id("national")).getText()).contains("16.520");
            browser.assertReadable();
            browser.screenshot("support-performance-account");
        }
    }

    @Test
    void aBronzeBenchmarkRunsFromTheRequestToTheLabelAcrossTheThreeRoles() throws IOException {
        try (Browser support = new Browser(base()); Browser manager = new Browser(base()); Browser expert = new Browser(base())) {
            support.logInThroughKeycloak("support", PASSWORD);
            manager.logInThroughKeycloak("manager-brains", PASSWORD);
            expert.logInThroughKeycloak("assessor1", PASSWORD);

            // Support staff make the cluster eligible; a wrong value is shown next to its field and nothing typed is lost.
            support.open("/clusters/" + BRAINS + "/edit");
            support.type(By.id("cvrNumber"), "12ab");
            support.type(By.id("secretariatFte"), "1,5");
            support.type(By.id("companies"), "25");
            support.type(By.id("smes"), "20");
            support.type(By.id("knowledgeInstitutions"), "3");
            support.type(By.id("publicActors"), "2");
            WebElement ict = support.find(By.cssSelector("input[name=fields][value=ICT]"));
            if (!ict.isSelected()) {
                ict.click();
            }
            support.submit(By.id("save-cluster"));
            assertThat(support.find(By.id("cvrNumber-error")).getText()).isEqualTo("Et CVR-nummer har 8 cifre.");
            assertThat(support.find(By.id("cvrNumber")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(support.find(By.id("secretariatFte")).getAttribute("value")).isEqualTo("1,5");
            assertThat(support.find(By.id("companies")).getAttribute("value")).isEqualTo("25");
            support.screenshot("support-cluster-form-error");
            support.find(By.id("cvrNumber")).clear();
            support.submit(By.id("save-cluster"));
            assertThat(support.url()).endsWith("/clusters/" + BRAINS);
            assertThat(support.text()).contains("1,5", "25 virksomheder");

            // The cluster manager requests the benchmark.
            manager.open("/my-cluster");
            // Eligible: the Bronze box lists no unmet condition (the Silver box lists what Silver still needs).
            assertThat(manager.all(By.id("bronze-unmet"))).isEmpty();
            assertThat(manager.find(By.id("request-bronze")).isEnabled()).isTrue();
            manager.submit(By.id("request-bronze"));
            assertThat(manager.url()).matches(".*/assessments/\\d+$");
            String assessment = manager.url().substring(manager.url().indexOf("/assessments/"));
            assertThat(manager.text()).contains("Anmodet", "Tildel en benchmarking-ekspert");
            assertDiagramHighlights(manager, "Task_AssignExpert");
            manager.screenshot("manager-assessment-requested");

            // Support staff find the assignment in their inbox and assign assessor1.
            // (their inbox, oldest first, holds every test's requests: the page of this assessment's tasks)
            support.open("/tasks?assessment=" + assessment.replaceAll("\\D", ""));
            String inbox = support.find(By.cssSelector("main")).getText();
            assertThat(inbox).contains("Tildel en benchmarking-ekspert", "BrainsBusiness", "Side 1 af 1",
                            "Kun opgaverne for vurdering nr. " + assessment.replaceAll("\\D", ""), "Vis alle opgaver")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("BRONZE", "support-staff", "Task_");
            support.screenshot("support-inbox");
            support.find(By.cssSelector("a[href$='" + assessment + "']")).click();
            support.await().until(ExpectedConditions.urlContains(assessment));
            new Select(support.find(By.id("expert"))).selectByValue("assessor1");
            support.screenshot("support-assign-expert");
            support.submit(By.id("assign-expert"));
            assertThat(support.text()).contains("Demo Assessor One (DK)", "Selvevaluering");

            // The cluster manager fills the self-assessment group by group; a wrong answer is refused next to its field.
            manager.open(assessment + "/self-assessment");
            WebElement firstNumber = manager.find(By.cssSelector("input.short"));
            String badField = firstNumber.getAttribute("id");
            fillGroup(manager);
            manager.type(By.id(badField), "mange");
            manager.submit(By.id("save-draft"));
            assertThat(manager.find(By.id(badField + "-error")).getText()).isEqualTo("Angiv et tal, for eksempel 42 eller 12,5.");
            assertThat(manager.find(By.id(badField)).getAttribute("value")).isEqualTo("mange");
            assertThat(manager.find(By.cssSelector("textarea")).getAttribute("value")).startsWith("Vores svar");
            manager.screenshot("manager-self-assessment-error");
            manager.type(By.id(badField), "42,5");
            while (!manager.all(By.id("save-next")).isEmpty()) {
                manager.submit(By.id("save-next"));
                fillGroup(manager);
            }
            manager.submit(By.id("save-draft"));

            Path pdf = Files.createTempFile("strategi", ".pdf");
            Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.US_ASCII);
            manager.find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
            manager.await().until(d -> !d.findElement(By.id("file-info")).getText().isEmpty());
            assertThat(manager.find(By.id("file-info")).getText()).contains(pdf.getFileName().toString(), "B", "application/pdf");
            manager.submit(By.id("upload"));
            assertThat(manager.find(By.cssSelector("table.evidence")).getText()).contains(pdf.getFileName().toString());

            for (int i = 0; i < 3; i++) {
                manager.type(By.id("story" + i + "-title"), "Succes " + (i + 1));
                manager.type(By.id("story" + i + "-description"), "Fem virksomheder udviklede sammen et nyt produkt (" + i + ").");
            }
            manager.submit(By.id("save-stories"));
            assertThat(manager.text()).contains("36 af 36 indikatorer besvaret");
            manager.screenshot("manager-self-assessment");
            manager.submit(By.id("submit-self-assessment"));
            assertThat(manager.text()).contains("Under gennemgang");

            // The expert reviews, asks for a clarification, and the cluster answers it.
            expert.open("/tasks?assessment=" + assessment.replaceAll("\\D", ""));
            assertThat(expert.find(By.cssSelector("main")).getText()).contains("Gennemgang, interview og rapport", "BrainsBusiness")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            expert.screenshot("assessor-inbox");
            expert.find(By.cssSelector("a[href$='" + assessment + "']")).click();
            expert.await().until(ExpectedConditions.urlContains(assessment));
            assertDiagramHighlights(expert, "Task_ReviewSelfAssessment");
            expert.screenshot("assessor-assessment-under-review");
            expert.click(By.id("open-review"));
            expert.find(By.cssSelector("a[href*='/evidence/']")).click();
            expert.await().until(ExpectedConditions.urlMatches(".*/evidence/\\d+$"));
            assertThat(expert.text()).contains("application/pdf", "SHA-256");
            expert.screenshot("assessor-evidence-viewer");
            expert.open(assessment + "/review");
            expert.submit(By.id("request-clarification"));
            assertThat(expert.text()).contains("Sæt flueben ved mindst én indikator.", "Udfyld feltet.");
            expert.click(By.id("ask-" + badField.substring("answer-".length())));
            expert.type(By.id("question"), "Hvordan er tallet opgjort?");
            expert.screenshot("assessor-review");
            expert.submit(By.id("request-clarification"));
            assertThat(expert.text()).contains("Afklaring ønsket");

            manager.open(assessment);
            manager.type(By.id(badField), "40");
            manager.type(By.id("response"), "Tallet er fra medlemsregistret pr. 1. januar.");
            manager.screenshot("manager-clarification");
            manager.submit(By.id("send-clarification-answer"));
            assertThat(manager.text()).contains("Under gennemgang", "Tallet er fra medlemsregistret");

            // The expert writes the report, and the process writes the Bronze label to the register.
            expert.open(assessment + "/review");
            for (WebElement area : expert.all(By.cssSelector("#report-form textarea[name$='.findings'], #report-form textarea[name$='.recommendations']"))) {
                area.sendKeys("Godt arbejde; fortsæt med " + area.getAttribute("name"));
            }
            expert.type(By.id("summary"), "Klyngen er veldrevet og klar til Sølv.");
            expert.submit(By.id("write-report"));
            assertThat(expert.url()).endsWith(assessment + "/report");
            assertThat(expert.text()).contains("Benchmarking-rapport for BrainsBusiness", "Klyngen er veldrevet");
            expert.screenshot("assessor-report");

            manager.open("/my-cluster");
            assertThat(manager.find(By.cssSelector("table")).getText()).contains("Bronze", "Gyldigt");
            manager.screenshot("manager-my-cluster-with-label");
            manager.open(assessment);
            assertThat(manager.find(By.id("label-awarded")).getText()).startsWith("Bronze-mærke tildelt, gyldigt til");
            manager.screenshot("manager-assessment-completed");

            support.open("/assessors");
            assertThat(support.text()).contains("Inhabil:", "House of Energy");
            support.screenshot("support-assessor-register");
            support.open("/notifications");
            support.screenshot("support-notifications");
            // The English page in an English browser: its date input reads dd/mm/yyyy, not the Danish browser's order.
            try (Browser english = new Browser(base(), "en")) {
                english.open("/?lang=en");
                assertThat(english.find(By.id("validOn")).getAttribute("lang")).isEqualTo("en");
                // British order, day first (an American browser would take 31 as the month and keep no date).
                english.type(By.id("validOn"), "31122026");
                assertThat(english.find(By.id("validOn")).getAttribute("value")).isEqualTo("2026-12-31");
                english.screenshot("public-label-register-en");
            }
        }
    }

    /** Answers every editable indicator of the group on the page. */
    private static void fillGroup(Browser browser) {
        for (WebElement select : browser.all(By.cssSelector("form#answers select:not([disabled])"))) {
            new Select(select).selectByValue("YES");
        }
        for (WebElement area : browser.all(By.cssSelector("form#answers textarea:not([disabled])"))) {
            area.clear();
            area.sendKeys("Vores svar på " + area.getAttribute("id"));
        }
        for (WebElement input : browser.all(By.cssSelector("form#answers input.short:not([disabled])"))) {
            input.clear();
            input.sendKeys("55");
        }
    }

    private static void assertDiagramHighlights(Browser browser, String activityId) {
        browser.await().until(d -> "true".equals(d.findElement(By.cssSelector(".diagram")).getAttribute("data-rendered")));
        assertThat(browser.all(By.cssSelector(".diagram [data-element-id='" + activityId + "'].highlight"))).hasSize(1);
    }
}
