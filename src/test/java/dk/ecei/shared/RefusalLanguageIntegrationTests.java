package dk.ecei.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.assessment.BronzeFixture;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Refusals read in the reader's language: an unknown id, an illegal state change, a stale save, a wrong file type and
 * an oversize file, each asked in Danish and in English, answer problem+json whose title and detail are that
 * language's text of the refusal's code (with its arguments filled in), with no message key left and no ISO date.
 */
@IntegrationTest
class RefusalLanguageIntegrationTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\b(problem|status|level|step|label|labelStatus|proposalStatus|qualification)\\.[A-Za-z_.]+");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    BronzeFixture bronze;

    private JsonNode problem(MockHttpServletRequestBuilder request, String language, int status, String code) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, language)).andReturn()
                .getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(body);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        for (String part : new String[] {problem.path("title").asText(), problem.path("detail").asText()}) {
            assertThat(part).isNotBlank().doesNotContain("{", "}").doesNotContainPattern(ISO_DATE)
                    .doesNotContainPattern(MESSAGE_KEY);
        }
        return problem;
    }

    /** The same refusal in both languages: the expected texts exactly, so a missing key or a mix-up fails. */
    private void inBothLanguages(java.util.function.Supplier<MockHttpServletRequestBuilder> request, int status, String code,
            String danishTitle, String danishDetail, String englishTitle, String englishDetail) throws Exception {
        JsonNode danish = problem(request.get(), "da", status, code);
        assertThat(danish.path("title").asText()).isEqualTo(danishTitle);
        assertThat(danish.path("detail").asText()).isEqualTo(danishDetail);
        JsonNode english = problem(request.get(), "en-GB,en;q=0.9", status, code);
        assertThat(english.path("title").asText()).isEqualTo(englishTitle);
        assertThat(english.path("detail").asText()).isEqualTo(englishDetail);
    }

    /** A request parameter out of its range names the field and the range in the reader's words, not the log's. */
    @Test
    void aParameterOutOfRangeNamesItsFieldAndRangeInTheReadersLanguage() throws Exception {
        for (String[] language : new String[][] {{"da", "Værdien skal ligge mellem 1 og 100.",
                "Formatet \"pdf\" findes ikke; vælg json, csv eller xlsx."},
                {"en", "The value must lie between 1 and 100.", "There is no format \"pdf\"; choose json, csv or xlsx."}}) {
            MockHttpServletResponse size = mvc.perform(get("/api/clusters").param("size", "1000")
                    .header(HttpHeaders.ACCEPT_LANGUAGE, language[0]).with(Users.SUPPORT.request())).andReturn().getResponse();
            assertThat(size.getStatus()).isEqualTo(400);
            JsonNode sizeProblem = json.readTree(size.getContentAsString(StandardCharsets.UTF_8));
            assertThat(sizeProblem.path("errors").get(0).path("field").asText()).isEqualTo("size");
            assertThat(sizeProblem.path("errors").get(0).path("message").asText()).isEqualTo(language[1]);
            MockHttpServletResponse format = mvc.perform(get("/api/dashboard/counts").param("format", "pdf")
                    .header(HttpHeaders.ACCEPT_LANGUAGE, language[0]).with(Users.SUPPORT.request())).andReturn().getResponse();
            assertThat(format.getStatus()).isEqualTo(400);
            JsonNode formatProblem = json.readTree(format.getContentAsString(StandardCharsets.UTF_8));
            assertThat(formatProblem.path("errors").get(0).path("field").asText()).isEqualTo("format");
            assertThat(formatProblem.path("errors").get(0).path("message").asText()).isEqualTo(language[2]);
        }
    }

    @Test
    void anUnknownIdIsNotFoundInTheReadersLanguage() throws Exception {
        inBothLanguages(() -> get("/api/clusters/987654").with(Users.SUPPORT.request()), 404, "problem.notFound.cluster",
                "Ikke fundet", "Klynge 987654 findes ikke, eller du må ikke se den.",
                "Not found", "Cluster 987654 does not exist, or you may not see it.");
    }

    @Test
    void aPageForAnUnknownIdSaysWhatWasNotFoundInThePagesLanguage() throws Exception {
        for (String[] language : new String[][] {{"da", "Vurdering 987654 findes ikke, eller du må ikke se den."},
                {"en", "Assessment 987654 does not exist, or you may not see it."}}) {
            // A page's language is the reader's choice (the lang parameter, then its cookie), Danish by default.
            MockHttpServletResponse page = mvc.perform(get("/assessments/987654").param("lang", language[0])
                    .with(Users.SUPPORT.request())).andReturn().getResponse();
            String html = page.getContentAsString(StandardCharsets.UTF_8);
            assertThat(page.getStatus()).isEqualTo(404);
            assertThat(html).contains("<html lang=\"" + language[0] + "\"", language[1]).doesNotContain("problem.notFound");
        }
    }

    @Test
    void anIllegalStateChangeNamesTheStatusInTheReadersLanguage() throws Exception {
        long cluster = bronze.eligibleCluster();
        long id = bronze.requested(cluster).id();
        Users manager = Users.managerOf(cluster);
        java.util.function.Supplier<MockHttpServletRequestBuilder> withdraw = () -> post("/api/assessments/" + id + "/withdrawal")
                .with(manager.request()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Forkert niveau\"}");
        assertThat(mvc.perform(withdraw.get()).andReturn().getResponse().getStatus()).isEqualTo(200);

        inBothLanguages(withdraw, 409, "problem.state.notWithdrawable",
                "Ulovlig tilstandsændring", "Vurdering " + id + " har status \"Trukket tilbage\" og kan ikke trækkes tilbage.",
                "Illegal state change", "Assessment " + id + " is \"Withdrawn\" and cannot be withdrawn.");
    }

    @Test
    void aStaleSaveSaysWhichAnswersChangedInTheReadersLanguage() throws Exception {
        long cluster = bronze.eligibleCluster();
        long id = bronze.requested(cluster).id();
        Users manager = Users.managerOf(cluster);
        String code = bronze.completeAnswers().entrySet().stream().filter(e -> e.getValue().equals("42")).findFirst()
                .orElseThrow().getKey();
        java.util.function.Function<String, MockHttpServletRequestBuilder> saving = value -> {
            try {
                return put("/api/assessments/" + id + "/answers").with(manager.request()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("answers", Map.of(code, value), "versions", Map.of(code, 0L))));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(mvc.perform(saving.apply("42")).andReturn().getResponse().getStatus()).isEqualTo(200);

        // Another tab that still shows no answer (version 0) saves a different one.
        inBothLanguages(() -> saving.apply("7"), 409, "problem.stale.answers", "Forældet version",
                "En anden har gemt svar på " + code + " i mellemtiden; intet er gemt. De aktuelle svar er vist; gem igen for"
                        + " at erstatte dem.",
                "Stale version", "Somebody else saved answers to " + code + " meanwhile; nothing was saved. The current"
                        + " answers are shown; save again to replace them.");
    }

    @Test
    void aWrongOrOversizeFileIsRefusedInTheReadersLanguage() throws Exception {
        long cluster = bronze.eligibleCluster();
        long id = bronze.assigned(cluster, Users.ASSESSOR1).id();
        Users manager = Users.managerOf(cluster);
        byte[] executable = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00};
        JsonNode danish = problem(upload(id, manager, "rapport.pdf", executable), "da", 415, "problem.file.type");
        assertThat(danish.path("title").asText()).isEqualTo("Filtypen er ikke tilladt");
        assertThat(danish.path("detail").asText()).startsWith("Filer af typen ").contains("tages ikke imod; tilladt er");
        JsonNode english = problem(upload(id, manager, "rapport.pdf", executable), "en", 415, "problem.file.type");
        assertThat(english.path("detail").asText()).startsWith("Files of type ").contains("are not accepted; allowed are");

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        JsonNode tooLargeDanish = problem(upload(id, manager, "stor.pdf", big), "da", 413, "problem.file.tooLarge");
        assertThat(tooLargeDanish.path("title").asText()).isEqualTo("Filen er for stor");
        assertThat(tooLargeDanish.path("detail").asText()).isEqualTo("Filen er for stor; højst 10.485.760 byte er tilladt.");
        JsonNode tooLargeEnglish = problem(upload(id, manager, "stor.pdf", big), "en", 413, "problem.file.tooLarge");
        assertThat(tooLargeEnglish.path("detail").asText())
                .isEqualTo("The file is too large; at most 10,485,760 bytes are allowed.");
    }

    private MockHttpServletRequestBuilder upload(long id, Users manager, String name, byte[] content) {
        return multipart("/api/assessments/" + id + "/evidence").file(new MockMultipartFile("file", name, "application/pdf",
                content)).with(manager.request());
    }
}
