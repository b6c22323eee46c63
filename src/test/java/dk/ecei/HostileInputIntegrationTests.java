package dk.ecei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.support.RawHttp;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The hostile corpus: several hundred malformed and hostile requests over every endpoint, sent byte for byte to the
 * running server (so Tomcat's and the firewall's refusals count too). Each must answer 4xx application/problem+json
 * in the reader's language, without a stack trace or SQL, and change no row of our tables or of the engine's
 * runtime. A failing case is named in the test's display name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ecei.security.demo-login=true",
        "ecei.security.demo-users[0].username=support",
        "ecei.security.demo-users[0].password=demo",
        "ecei.security.demo-users[0].roles=support-staff",
        "ecei.security.demo-users[1].username=assessor1",
        "ecei.security.demo-users[1].password=demo",
        "ecei.security.demo-users[1].roles=assessor",
        "ecei.security.demo-users[2].username=manager-hostile",
        "ecei.security.demo-users[2].password=demo",
        "ecei.security.demo-users[2].roles=cluster-manager",
        "ecei.security.demo-users[2].cluster-id=" + HostileInputIntegrationTests.CLUSTER,
        "ecei.security.demo-users[3].username=manager-brains",
        "ecei.security.demo-users[3].password=demo",
        "ecei.security.demo-users[3].roles=cluster-manager",
        "ecei.security.demo-users[3].cluster-id=10"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTests {

    /** A demo cluster no other test uses, so its own manager can hold a fresh assessment. */
    static final long CLUSTER = 33;

    private static final String SUPPORT = "support";
    private static final String ASSESSOR = "assessor1";
    private static final String MANAGER = "manager-hostile";
    private static final String OTHER_MANAGER = "manager-brains";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    private RawHttp http;
    private long assessment;
    private String task;
    private long assessor;
    private long pendingProposal;
    private long confirmedProposal;
    private long evidence;
    private int year;
    private String numberCode;
    private String percentCode;
    private List<String> watchedTables;
    private Set<String> danishTitles;
    private Set<String> englishTitles;

    /** One hostile request and, where the case is about a particular answer, the status it must get. */
    record Case(String name, String method, String path, String user, Map<String, String> headers, byte[] body,
            Integer expected) {

        Case expect(int status) {
            return new Case(name, method, path, user, headers, body, status);
        }

        Case header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Case(this.name, method, path, user, more, body, expected);
        }
    }

    // --- the fixture: a fresh Bronze benchmark of CLUSTER with a file, a task, proposals -------------------------

    @BeforeAll
    void aFreshBenchmarkWithEvidenceAndProposals() throws Exception {
        http = new RawHttp(port);
        watchedTables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'
                  and (lower(table_name) not like 'act\\_%' or lower(table_name) in
                       ('act_ru_task', 'act_ru_execution', 'act_ru_variable', 'act_ru_identitylink', 'act_ru_job'))
                  and lower(table_name) <> 'flyway_schema_history'
                order by table_name""", String.class);
        danishTitles = titles("messages_da.properties");
        englishTitles = titles("messages_en.properties");

        JsonNode cluster = call(SUPPORT, "GET", "/api/clusters/" + CLUSTER, null, 200);
        ObjectMapper m = json;
        var details = m.createObjectNode();
        details.put("name", cluster.get("name").asText());
        details.put("type", cluster.get("type").asText());
        details.set("fields", cluster.get("fields").isEmpty() ? m.createArrayNode().add("ICT") : cluster.get("fields"));
        details.put("secretariatFte", 3);
        details.set("members", m.readTree("{\"companies\": 40, \"knowledgeInstitutions\": 5, \"publicActors\": 3}"));
        var update = m.createObjectNode().put("version", cluster.get("version").asLong());
        update.set("details", details);
        call(SUPPORT, "PUT", "/api/clusters/" + CLUSTER, update.toString(), 200);

        assessment = call(MANAGER, "POST", "/api/assessments/bronze", "{\"clusterId\": " + CLUSTER + "}", 201).get("id").asLong();
        JsonNode questionnaire = call(MANAGER, "GET", "/api/assessments/" + assessment + "/questionnaire", null, 200);
        numberCode = codeOfKind(questionnaire, "NUMBER");
        percentCode = codeOfKind(questionnaire, "PERCENT");
        evidence = upload(MANAGER, "strategi.pdf", PDF, 201).get("id").asLong();
        for (JsonNode t : call(SUPPORT, "GET", "/api/tasks?assessment=" + assessment, null, 200).get("items")) {
            if (t.path("assessmentId").asLong() == assessment) {
                task = t.get("taskId").asText();
            }
        }
        assertThat(task).as("the assignment task of the fixture").isNotNull();
        assessor = call(SUPPORT, "GET", "/api/assessors", null, 200).get(0).get("id").asLong();

        String proposal = "{\"secretariatFte\": 4, \"members\": {\"companies\": 50, \"knowledgeInstitutions\": 6, \"publicActors\": 2}, \"note\": \"Årsrapport 2025\"}";
        confirmedProposal = call(MANAGER, "POST", "/api/clusters/" + CLUSTER + "/figure-proposals", proposal, 201).get("id").asLong();
        call(SUPPORT, "POST", "/api/clusters/figure-proposals/" + confirmedProposal + "/confirm", null, 200);
        pendingProposal = call(MANAGER, "POST", "/api/clusters/" + CLUSTER + "/figure-proposals", proposal, 201).get("id").asLong();

        JsonNode collections = call(SUPPORT, "GET", "/api/performance/collections", null, 200);
        year = collections.isEmpty() ? 2025 : collections.get(0).get("year").asInt();
    }

    // --- the corpus ----------------------------------------------------------------------------------------------

    private List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        String a = "/api/assessments/" + assessment;
        String c = "/api/clusters/" + CLUSTER;

        // Every endpoint that reads a JSON body, called by a caller who passes the role check, with bodies of the
        // wrong syntax, shape, type and content type.
        Map<String, String[]> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/clusters", new String[] {SUPPORT, "POST", "/api/clusters"});
        bodies.put("PUT cluster", new String[] {SUPPORT, "PUT", c});
        bodies.put("PUT contact", new String[] {MANAGER, "PUT", c + "/contact"});
        bodies.put("POST figure proposal", new String[] {MANAGER, "POST", c + "/figure-proposals"});
        bodies.put("POST reject proposal", new String[] {SUPPORT, "POST", "/api/clusters/figure-proposals/" + pendingProposal + "/reject"});
        bodies.put("POST catalogue version", new String[] {SUPPORT, "POST", "/api/catalogue/versions"});
        bodies.put("POST assessor", new String[] {SUPPORT, "POST", "/api/assessors"});
        bodies.put("PUT assessor", new String[] {SUPPORT, "PUT", "/api/assessors/" + assessor});
        bodies.put("POST qualification", new String[] {SUPPORT, "POST", "/api/assessors/" + assessor + "/qualifications"});
        bodies.put("POST tie", new String[] {SUPPORT, "POST", "/api/assessors/" + assessor + "/ties"});
        bodies.put("POST end tie", new String[] {SUPPORT, "POST", "/api/assessors/" + assessor + "/ties/999999/end"});
        bodies.put("POST bronze", new String[] {MANAGER, "POST", "/api/assessments/bronze"});
        bodies.put("POST silver", new String[] {MANAGER, "POST", "/api/assessments/silver"});
        bodies.put("POST gold", new String[] {MANAGER, "POST", "/api/assessments/gold"});
        bodies.put("POST assignment", new String[] {SUPPORT, "POST", a + "/assignment"});
        bodies.put("POST experts", new String[] {SUPPORT, "POST", a + "/experts"});
        bodies.put("POST decision", new String[] {SUPPORT, "POST", a + "/decision"});
        bodies.put("PUT answers", new String[] {MANAGER, "PUT", a + "/answers"});
        bodies.put("PUT success stories", new String[] {MANAGER, "PUT", a + "/success-stories"});
        bodies.put("POST clarification", new String[] {ASSESSOR, "POST", a + "/clarifications"});
        bodies.put("POST clarification answer", new String[] {MANAGER, "POST", a + "/clarifications/answer"});
        bodies.put("POST report", new String[] {ASSESSOR, "POST", a + "/report"});
        bodies.put("PUT improvement areas", new String[] {MANAGER, "PUT", a + "/improvement-areas"});
        bodies.put("POST silver audit", new String[] {ASSESSOR, "POST", a + "/silver-audit"});
        bodies.put("POST scores", new String[] {ASSESSOR, "POST", a + "/scores"});
        bodies.put("POST final scores", new String[] {ASSESSOR, "POST", a + "/final-scores"});
        bodies.put("POST withdrawal", new String[] {MANAGER, "POST", a + "/withdrawal"});
        bodies.put("POST task complete", new String[] {SUPPORT, "POST", "/api/tasks/" + task + "/complete"});
        bodies.put("POST performance collection", new String[] {SUPPORT, "POST", "/api/performance/collections"});
        bodies.put("PUT performance report", new String[] {MANAGER, "PUT", "/api/performance/collections/" + year + "/reports/" + CLUSTER});
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String controls = "{\"name\": \"a\\u0000b\", \"reason\": \"a\\u0000b\", \"note\": \"\\u001b[31m\", \"website\": \"http://x\\u0000\","
                + " \"expert\": \"assessor1\\u0000\", \"question\": \"\\u0007\", \"response\": \"\\u0000\", \"clusterId\": 1, \"version\": 0}";
        bodies.forEach((name, e) -> {
            String user = e[0], method = e[1], path = e[2];
            cases.add(jsonCase(name + ": malformed JSON", method, path, user, "{\"version\": "));
            cases.add(jsonCase(name + ": an array instead of an object", method, path, user, "[]").expect(400));
            cases.add(jsonCase(name + ": an array of the object", method, path, user, "[{\"clusterId\": 1, \"reason\": \"x\"}]").expect(400));
            cases.add(jsonCase(name + ": a bare string", method, path, user, "\"APPROVE\"").expect(400));
            cases.add(jsonCase(name + ": a huge exponent", method, path, user, "1e4500").expect(400));
            cases.add(jsonCase(name + ": an empty body", method, path, user, ""));
            cases.add(jsonCase(name + ": nesting 5000 deep", method, path, user, deep).expect(400));
            cases.add(jsonCase(name + ": NUL and escape characters in strings", method, path, user, controls));
            cases.add(raw(name + ": text/plain", method, path, user, Map.of("Content-Type", "text/plain"), "{}").expect(415));
            cases.add(raw(name + ": multipart without boundary", method, path, user, Map.of("Content-Type", "multipart/form-data"),
                    "--x\r\n").expect(400));
        });

        // Numbers: no exponent expansion, bounded digits, per kind.
        for (String number : List.of("1e4500", "1E100000", "1e3000", "-5", "NaN", "Infinity", "0x10", "1,000,000", "１２",
                "9".repeat(13), "1." + "5".repeat(5), "12 500", "+-1")) {
            cases.add(jsonCase("NUMBER answer " + number.substring(0, Math.min(number.length(), 20)), "PUT", a + "/answers",
                    MANAGER, "{\"answers\": {\"" + numberCode + "\": \"" + number + "\"}}").expect(422));
        }
        for (String percent : List.of("101", "1e2", "100.001", "-0.5", "50%")) {
            cases.add(jsonCase("PERCENT answer " + percent, "PUT", a + "/answers", MANAGER,
                    "{\"answers\": {\"" + percentCode + "\": \"" + percent + "\"}}").expect(422));
        }
        cases.add(jsonCase("answer to an unknown indicator", "PUT", a + "/answers", MANAGER, "{\"answers\": {\"ZZ9.9\": \"1\"}}").expect(422));
        cases.add(jsonCase("answer as an object", "PUT", a + "/answers", MANAGER,
                "{\"answers\": {\"" + numberCode + "\": {\"value\": 1}}}").expect(400));
        cases.add(jsonCase("answer longer than 4000", "PUT", a + "/answers", MANAGER,
                "{\"answers\": {\"" + numberCode + "\": \"" + "1".repeat(4001) + "\"}}").expect(400));
        cases.add(jsonCase("answers: 201 indicators", "PUT", a + "/answers", MANAGER, manyAnswers(201)).expect(400));
        cases.add(jsonCase("FTE with a huge exponent", "POST", c + "/figure-proposals", MANAGER,
                "{\"secretariatFte\": 1E100000, \"members\": {\"companies\": 1}}").expect(400));
        cases.add(jsonCase("FTE with 10 decimals", "POST", c + "/figure-proposals", MANAGER,
                "{\"secretariatFte\": 1.0000000001, \"members\": {\"companies\": 1}}").expect(400));
        cases.add(jsonCase("members as a fraction", "POST", c + "/figure-proposals", MANAGER,
                "{\"secretariatFte\": 1, \"members\": {\"companies\": 1.5}}").expect(400));
        cases.add(jsonCase("members beyond int", "POST", c + "/figure-proposals", MANAGER,
                "{\"secretariatFte\": 1, \"members\": {\"companies\": 99999999999}}").expect(400));
        cases.add(jsonCase("members negative", "POST", c + "/figure-proposals", MANAGER,
                "{\"secretariatFte\": 1, \"members\": {\"companies\": -1}}").expect(400));
        cases.add(jsonCase("members as a string", "POST", c + "/figure-proposals", MANAGER,
                "{\"secretariatFte\": 1, \"members\": {\"companies\": \"many\"}}").expect(400));
        cases.add(jsonCase("cluster id as a fraction", "POST", "/api/assessments/bronze", MANAGER, "{\"clusterId\": 33.7}").expect(400));
        cases.add(jsonCase("cluster id beyond long", "POST", "/api/assessments/bronze", MANAGER,
                "{\"clusterId\": 99999999999999999999999}").expect(400));
        cases.add(jsonCase("catalogue pass share with exponent", "POST", "/api/catalogue/versions", SUPPORT,
                "{\"code\": \"X-1\", \"title\": \"x\", \"goldPassShare\": 1e-4500, \"categories\": []}").expect(400));
        cases.add(jsonCase("performance year far away", "POST", "/api/performance/collections", SUPPORT, "{\"year\": 999999}").expect(400));
        cases.add(jsonCase("performance figures beyond bounds", "PUT", "/api/performance/collections/" + year + "/reports/" + CLUSTER,
                MANAGER, "{\"figures\": {\"participatingCompanies\": 2000000000}}").expect(400));

        // Dates: inside 1990..2100 per field, wherever they enter.
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "1900-01-01", "2101-01-01", "2026-02-30", "31-12-2026", "0000-00-00")) {
            cases.add(jsonCase("qualification valid until " + date, "POST", "/api/assessors/" + assessor + "/qualifications", SUPPORT,
                    "{\"kind\": \"BENCHMARKING_EXPERT\", \"validUntil\": \"" + date + "\"}").expect(400));
            cases.add(jsonCase("planned interview " + date, "POST", a + "/assignment", SUPPORT,
                    "{\"expert\": \"assessor1\", \"plannedInterviewDate\": \"" + date + "\"}").expect(400));
            cases.add(jsonCase("tie from " + date, "POST", "/api/assessors/" + assessor + "/ties", SUPPORT,
                    "{\"clusterId\": " + CLUSTER + ", \"kind\": \"MEMBER\", \"fromDate\": \"" + date + "\"}").expect(400));
            cases.add(jsonCase("task form interview " + date, "POST", "/api/tasks/" + task + "/complete", SUPPORT,
                    "{\"expert\": \"assessor1\", \"plannedInterviewDate\": \"" + date + "\"}"));
            cases.add(get("dashboard counts on " + date, "/api/dashboard/counts?date=" + date, SUPPORT).expect(400));
            cases.add(get("register valid on " + date, "/api/register?validOn=" + date, null).expect(400));
            cases.add(get("labels valid on " + date, "/api/labels?validOn=" + date, null).expect(400));
        }
        cases.add(get("series from month 13", "/api/dashboard/series?from=2020-13", SUPPORT).expect(400));
        cases.add(get("series from year 1", "/api/dashboard/series?from=0001-01", SUPPORT).expect(400));
        cases.add(get("forecast without a date", "/api/dashboard/forecast", SUPPORT).expect(400));
        cases.add(get("forecast far away", "/api/dashboard/forecast?date=+999999999-12-31", SUPPORT).expect(400));
        cases.add(get("expiring in 0 months", "/api/dashboard/expiring?months=0", SUPPORT).expect(400));
        cases.add(get("expiring in many months", "/api/dashboard/expiring?months=99999999999", SUPPORT).expect(400));
        // The dashboard's lists page like every list: a page below 0, a size out of 1 to 100, or not a number.
        for (String list : new String[] {"pipeline?page=-1", "pipeline?size=0", "pipeline?size=101", "expiring?page=x",
                "expiring?size=99999999999", "workload?overduePage=-3", "workload?page=1.5"}) {
            cases.add(get("dashboard " + list, "/api/dashboard/" + list, SUPPORT).expect(400));
        }
        cases.add(get("assessor check on a far date", "/api/assessors/check?username=assessor1&clusterId=1&qualification=BENCHMARKING_EXPERT&date=9999-01-01", SUPPORT).expect(400));

        // The role check comes before any input check.
        cases.add(get("forecast without a date as a manager", "/api/dashboard/forecast", MANAGER).expect(403));
        cases.add(get("forecast with a broken date as an assessor", "/api/dashboard/forecast?date=x", ASSESSOR).expect(403));
        cases.add(get("counts with a broken date anonymously", "/api/dashboard/counts?date=x", null).expect(401));
        cases.add(get("national performance as a manager", "/api/performance/national?format=x", MANAGER).expect(403));
        cases.add(jsonCase("open a collection as a manager (invalid)", "POST", "/api/performance/collections", MANAGER, "[]").expect(403));
        cases.add(jsonCase("close a collection as an assessor", "POST", "/api/performance/collections/abc/close", ASSESSOR, "").expect(403));
        cases.add(jsonCase("decision as a manager (invalid)", "POST", a + "/decision", MANAGER, "{").expect(403));
        cases.add(jsonCase("assignment as an assessor (invalid)", "POST", a + "/assignment", ASSESSOR, "[]").expect(403));
        cases.add(jsonCase("experts as a manager (invalid)", "POST", a + "/experts", MANAGER, "\"x\"").expect(403));
        cases.add(jsonCase("catalogue as an assessor (invalid)", "POST", "/api/catalogue/versions", ASSESSOR, "{").expect(403));
        cases.add(jsonCase("assessor register as a manager (invalid)", "POST", "/api/assessors", MANAGER, "{").expect(403));

        // Eligibility figures: only support staff change them; managers propose.
        String figures = "{\"version\": 0, \"details\": {\"name\": \"X\", \"type\": \"REGIONAL_CLUSTER\", \"fields\": [\"ICT\"], \"secretariatFte\": 900,"
                + " \"members\": {\"companies\": 900, \"knowledgeInstitutions\": 9, \"publicActors\": 9}}}";
        cases.add(jsonCase("a manager changes their own cluster's figures", "PUT", c, MANAGER, figures).expect(403));
        cases.add(jsonCase("a manager changes another cluster", "PUT", "/api/clusters/10", MANAGER, figures).expect(403));
        cases.add(jsonCase("a manager confirms their own proposal", "POST", "/api/clusters/figure-proposals/" + pendingProposal + "/confirm",
                MANAGER, "").expect(403));
        cases.add(jsonCase("a manager lists all proposals", "GET", "/api/clusters/figure-proposals", MANAGER, null).expect(403));
        cases.add(jsonCase("another cluster's manager proposes", "POST", c + "/figure-proposals", OTHER_MANAGER,
                "{\"secretariatFte\": 9, \"members\": {\"companies\": 99}}").expect(403));
        cases.add(jsonCase("another cluster's manager reads proposals", "GET", c + "/figure-proposals", OTHER_MANAGER, null).expect(403));
        cases.add(jsonCase("another cluster's manager changes the contact", "PUT", c + "/contact", OTHER_MANAGER,
                "{\"version\": 0, \"website\": \"https://example.org\"}").expect(403));
        cases.add(jsonCase("support staff propose instead of editing", "POST", c + "/figure-proposals", SUPPORT,
                "{\"secretariatFte\": 9, \"members\": {\"companies\": 99}}").expect(403));
        cases.add(jsonCase("a second proposal while one waits", "POST", c + "/figure-proposals", MANAGER,
                "{\"secretariatFte\": 9, \"members\": {\"companies\": 99}}").expect(409));
        cases.add(jsonCase("confirm a confirmed proposal", "POST", "/api/clusters/figure-proposals/" + confirmedProposal + "/confirm",
                SUPPORT, "").expect(409));
        cases.add(jsonCase("reject a confirmed proposal", "POST", "/api/clusters/figure-proposals/" + confirmedProposal + "/reject",
                SUPPORT, "{\"reason\": \"no\"}").expect(409));
        cases.add(jsonCase("reject without a reason", "POST", "/api/clusters/figure-proposals/" + pendingProposal + "/reject",
                SUPPORT, "{\"reason\": \"  \"}").expect(400));
        cases.add(jsonCase("confirm an unknown proposal", "POST", "/api/clusters/figure-proposals/987654/confirm", SUPPORT, "").expect(404));
        cases.add(jsonCase("contact with a stale version", "PUT", c + "/contact", MANAGER,
                "{\"version\": 999999, \"website\": \"https://example.org\"}").expect(409));
        cases.add(jsonCase("contact website javascript:", "PUT", c + "/contact", MANAGER,
                "{\"version\": 0, \"website\": \"javascript:alert(1)\"}").expect(400));

        // Long strings and lists.
        cases.add(jsonCase("cluster name of 10,000 characters", "POST", "/api/clusters", SUPPORT,
                "{\"name\": \"" + "x".repeat(10_000) + "\", \"type\": \"REGIONAL_CLUSTER\", \"fields\": [\"ICT\"]}").expect(400));
        cases.add(jsonCase("withdrawal reason of 100,000 characters", "POST", a + "/withdrawal", MANAGER,
                "{\"reason\": \"" + "x".repeat(100_000) + "\"}").expect(400));
        cases.add(jsonCase("clarification naming 101 indicators", "POST", a + "/clarifications", ASSESSOR,
                "{\"indicatorCodes\": [" + String.join(",", java.util.Collections.nCopies(101, "\"B1.1\"")) + "], \"question\": \"?\"}"));
        cases.add(jsonCase("four success stories", "PUT", a + "/success-stories", MANAGER,
                "{\"stories\": [{}, {}, {}, {}]}").expect(400));
        cases.add(jsonCase("an unknown enum value", "POST", "/api/clusters", SUPPORT,
                "{\"name\": \"Enumklynge\", \"type\": \"SPACE_CLUSTER\", \"fields\": [\"ICT\"]}").expect(400));
        cases.add(jsonCase("a field list with eleven fields", "POST", "/api/clusters", SUPPORT,
                "{\"name\": \"Mangefelter\", \"type\": \"REGIONAL_CLUSTER\", \"fields\": [\"ICT\",\"ICT\",\"FOOD\",\"ENERGY\",\"CONSTRUCTION\",\"ENVIRONMENT\",\"SERVICE\",\"TRANSPORT\",\"HEALTH_MEDTECH\",\"EXPERIENCE_ECONOMY_TOURISM\",\"PRODUCTION_MATERIALS_DESIGN\",\"X\"]}").expect(400));

        // Illegal state changes and unknown ids.
        cases.add(jsonCase("submit before any answer", "POST", a + "/submission", MANAGER, ""));
        cases.add(jsonCase("request a second benchmark", "POST", "/api/assessments/bronze", MANAGER, "{\"clusterId\": " + CLUSTER + "}").expect(409));
        cases.add(jsonCase("proceed after a gap analysis of a Bronze", "POST", a + "/gap-analysis/proceed", MANAGER, ""));
        cases.add(jsonCase("approve a Bronze that has no recommendation", "POST", a + "/decision", SUPPORT,
                "{\"decision\": \"APPROVE\", \"reason\": \"ok\"}"));
        cases.add(jsonCase("a report before the assignment", "POST", a + "/report", ASSESSOR,
                "{\"interviewDate\": \"2026-01-01\", \"groups\": {}}"));
        cases.add(jsonCase("complete the task with an empty array", "POST", "/api/tasks/" + task + "/complete", SUPPORT, "[]").expect(400));
        cases.add(jsonCase("complete the task with an array of the form", "POST", "/api/tasks/" + task + "/complete", SUPPORT,
                "[{\"expert\": \"assessor1\", \"plannedInterviewDate\": \"2027-01-10\"}]").expect(400));
        cases.add(jsonCase("complete the task with a number", "POST", "/api/tasks/" + task + "/complete", SUPPORT, "7").expect(400));
        cases.add(jsonCase("complete an unknown task", "POST", "/api/tasks/no-such-task/complete", SUPPORT, "{}").expect(404));
        cases.add(jsonCase("claim an unknown task", "POST", "/api/tasks/no-such-task/claim", SUPPORT, "").expect(404));
        cases.add(jsonCase("another cluster's manager completes the task", "POST", "/api/tasks/" + task + "/complete", OTHER_MANAGER, "{}"));
        cases.add(jsonCase("benchmark for an unknown cluster", "POST", "/api/assessments/bronze", SUPPORT, "{\"clusterId\": 987654}"));
        cases.add(jsonCase("answers of an unknown assessment", "PUT", "/api/assessments/987654/answers", MANAGER, "{\"answers\": {}}").expect(404));
        cases.add(jsonCase("withdraw an unknown assessment", "POST", "/api/assessments/987654/withdrawal", MANAGER, "{\"reason\": \"x\"}").expect(404));
        cases.add(jsonCase("close an unknown year", "POST", "/api/performance/collections/2099/close", SUPPORT, "").expect(404));
        cases.add(jsonCase("qualification of an unknown assessor", "POST", "/api/assessors/987654/qualifications", SUPPORT,
                "{\"kind\": \"BENCHMARKING_EXPERT\", \"validUntil\": \"2030-01-01\"}").expect(404));

        // Paths: the container's and the firewall's refusals, wrong id types, unknown ids.
        List<String> reads = List.of("/api/clusters/%s", "/api/assessments/%s", "/api/labels/%s", "/api/assessors/%s",
                "/api/catalogue/versions/%s", "/api/tasks/%s", a + "/evidence/%s/content", "/api/clusters/%s/figure-proposals");
        List<String> tricks = List.of("%00", "1%00", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2f..%2f", "1;jsessionid=x", "%2F", "%ZZ",
                "%5c..%5c", "abc", "1.5", "-1", "99999999999999999999", "987654", "%0d%0aSet-Cookie:x=1");
        for (String read : reads) {
            for (String trick : tricks) {
                boolean textId = read.contains("catalogue") || read.contains("tasks");
                if (textId && List.of("abc", "1.5", "-1", "99999999999999999999", "987654").contains(trick)) {
                    continue;
                }
                cases.add(get("GET " + read.formatted("{" + trick + "}"), read.formatted(trick), SUPPORT));
            }
        }
        cases.add(get("double slash", "/api//clusters", SUPPORT).expect(400));
        cases.add(get("dot segments", "/api/../api/clusters", SUPPORT).expect(400));
        cases.add(get("above the root", "/../../etc/passwd", SUPPORT).expect(400));
        cases.add(get("backslash", "/api/clusters\\1", SUPPORT).expect(400));
        cases.add(get("an address of 6000 characters", "/api/clusters/" + "9".repeat(6000), SUPPORT));
        cases.add(get("unknown API address", "/api/nothing-here", SUPPORT).expect(404));
        cases.add(get("unknown API address wanting HTML", "/api/nothing-here", SUPPORT).header("Accept", "text/html").expect(404));
        cases.add(get("wrong id type wanting HTML", "/api/clusters/abc", SUPPORT).header("Accept", "text/html").expect(400));
        cases.add(get("unknown enum in a filter", "/api/clusters?field=SPACE", SUPPORT).expect(400));
        cases.add(get("unknown level in the register", "/api/register?level=PLATINUM", null).expect(400));
        cases.add(get("series grouped by nothing", "/api/dashboard/series?by=colour", SUPPORT).expect(400));
        cases.add(get("an English reader's refusal", "/api/dashboard/forecast", MANAGER).header("Accept-Language", "en-GB,en;q=0.9").expect(403));
        cases.add(get("an English reader's bad path", "/api/clusters/%00", SUPPORT).header("Accept-Language", "en").expect(400));
        cases.add(get("a German reader gets Danish", "/api/clusters/abc", SUPPORT).header("Accept-Language", "de-DE").expect(400));
        cases.add(get("a broken Accept-Language", "/api/clusters/abc", SUPPORT).header("Accept-Language", ";;;q=x,,").expect(400));
        cases.add(raw("DELETE a cluster", "DELETE", c, SUPPORT, Map.of(), null).expect(405));
        cases.add(raw("PATCH an assessment", "PATCH", a, MANAGER, Map.of("Content-Type", "application/json"), "{}").expect(405));
        cases.add(get("a malformed basic login", "/api/clusters", null).header("Authorization", "Basic %%%").expect(401));
        cases.add(get("a wrong password", "/api/clusters", null).header("Authorization", RawHttp.basic("support", "nope")).expect(401));
        cases.add(get("a bearer token of garbage", "/api/clusters", null).header("Authorization", "Bearer a.b.c").expect(401));
        cases.add(get("JSON wanted as XML", "/api/clusters/987654", SUPPORT).header("Accept", "application/xml"));
        cases.add(jsonCase("a write without login", "PUT", a + "/answers", null, "{\"answers\": {}}").expect(401));

        // Uploads: multipart edges, file names, years, roles.
        String boundary = "----hostile";
        cases.add(multipart("upload without boundary", a, MANAGER, "multipart/form-data", part(boundary, "file", "x.pdf", PDF)).expect(400));
        cases.add(multipart("upload with a NUL in the file name", a, MANAGER, null, part(boundary, "file", "strategi\u0000.pdf", PDF)).expect(400));
        cases.add(multipart("upload with an escape in the file name", a, MANAGER, null, part(boundary, "file", "\u001b[2Jx.pdf", PDF)).expect(400));
        cases.add(multipart("upload with a path as the file name", a, MANAGER, null, part(boundary, "file", "../../etc/passwd.pdf", PDF)).expect(400));
        cases.add(multipart("upload with a Windows path", a, MANAGER, null, part(boundary, "file", "C:\\x\\y.pdf", PDF)).expect(400));
        cases.add(multipart("upload with an empty file name", a, MANAGER, null, part(boundary, "file", "", PDF)).expect(400));
        cases.add(multipart("upload with a 300-character file name", a, MANAGER, null, part(boundary, "file", "x".repeat(296) + ".pdf", PDF)).expect(400));
        cases.add(multipart("upload without the file part", a, MANAGER, null, part(boundary, "other", "x.pdf", PDF)).expect(400));
        cases.add(multipart("upload of an executable", a, MANAGER, null,
                part(boundary, "file", "x.pdf", "MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1))).expect(415));
        cases.add(multipart("upload with a year as text", a + "?coversYear=abc", MANAGER, null, part(boundary, "file", "x.pdf", PDF)).expect(400));
        cases.add(multipart("upload with a year far ahead", a + "?coversYear=99999", MANAGER, null, part(boundary, "file", "x.pdf", PDF)).expect(422));
        cases.add(multipart("upload with a NUL in the indicator", a + "?indicatorCode=B1%00", MANAGER, null, part(boundary, "file", "x.pdf", PDF)).expect(400));
        cases.add(multipart("upload by an assessor not assigned", a, ASSESSOR, null, part(boundary, "file", "x.pdf", PDF)).expect(404));
        cases.add(multipart("upload by another cluster's manager", a, OTHER_MANAGER, null, part(boundary, "file", "x.pdf", PDF)).expect(404));
        cases.add(multipart("upload to an unknown assessment", "/api/assessments/987654", MANAGER, null, part(boundary, "file", "x.pdf", PDF)).expect(404));
        cases.add(multipart("upload cut off in the middle", a, MANAGER, null,
                Arrays.copyOf(part(boundary, "file", "x.pdf", PDF), 60)).expect(400));
        cases.add(multipart("upload as JSON", a, MANAGER, "application/json", "{\"file\": \"x\"}".getBytes(StandardCharsets.UTF_8)).expect(415));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedWithProblemJsonAndChangesNothing() {
        List<Case> cases = corpus();
        return cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> check(hostile)));
    }

    @Test
    void theCorpusHasMoreThan200CasesAndNamesEachOnce() {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases.stream().map(Case::name).distinct().count()).isEqualTo(cases.size());
    }

    @Test
    void theRowCheckSeesEveryChange() {
        Map<String, Long> before = checksums();
        String website = jdbc.queryForObject("select website from cluster where id = ?", String.class, CLUSTER);
        jdbc.update("update cluster set website = 'https://changed.example.org' where id = ?", CLUSTER);
        try {
            assertThat(checksums()).as("a changed row changes its table's checksum").isNotEqualTo(before);
        } finally {
            jdbc.update("update cluster set website = ? where id = ?", website, CLUSTER);
        }
        assertThat(checksums()).isEqualTo(before);
        assertThat(watchedTables).as("our tables and the engine's runtime").contains("cluster", "assessment", "audit_event",
                "cluster_figure_proposal").anyMatch(t -> t.equalsIgnoreCase("ACT_RU_TASK"));
    }

    private void check(Case hostile) throws IOException {
        Map<String, Long> before = checksums();
        RawHttp.Answer answer = send(hostile);
        Map<String, Long> after = checksums();
        String where = hostile.name() + " -> " + answer.status() + " " + answer.body();
        assertThat(answer.status()).as(where).isBetween(400, 499);
        if (hostile.expected() != null) {
            assertThat(answer.status()).as(where).isEqualTo(hostile.expected());
        }
        assertThat(answer.header("Content-Type")).as(where).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("status").asInt()).as(where).isEqualTo(answer.status());
        String language = hostile.headers().getOrDefault("Accept-Language", "da");
        assertThat(problem.path("title").asText()).as(where)
                .isIn(language.startsWith("en") ? englishTitles : danishTitles);
        assertThat(answer.body()).as(where).doesNotContain("Exception", "\tat ", "SQL", "hibernate", "java.", "org.springframework",
                "<html", "Tomcat");
        assertThat(after).as(hostile.name() + ": the rows of every table stay as they were").isEqualTo(before);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private Case jsonCase(String name, String method, String path, String user, String body) {
        return raw(name, method, path, user, body == null ? Map.of() : Map.of("Content-Type", "application/json"), body);
    }

    private static Case get(String name, String path, String user) {
        return new Case(name, "GET", path, user, Map.of(), null, null);
    }

    private static Case raw(String name, String method, String path, String user, Map<String, String> headers, String body) {
        return new Case(name, method, path, user, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Case multipart(String name, String assessmentPath, String user, String contentType, byte[] body) {
        String path = assessmentPath.contains("?")
                ? assessmentPath.replace("?", "/evidence?") : assessmentPath + "/evidence";
        return new Case(name, "POST", path, user,
                Map.of("Content-Type", contentType == null ? "multipart/form-data; boundary=----hostile" : contentType), body, null);
    }

    private static byte[] part(String boundary, String name, String fileName, byte[] content) {
        var out = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private RawHttp.Answer send(Case c) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (c.user() != null) {
            headers.put("Authorization", RawHttp.basic(c.user(), "demo"));
        }
        headers.putAll(c.headers());
        return http.send(c.method(), c.path(), headers, c.body());
    }

    private JsonNode call(String user, String method, String path, String body, int expected) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", RawHttp.basic(user, "demo"));
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        RawHttp.Answer answer = http.send(method, path, headers, body == null ? (method.equals("POST") ? new byte[0] : null)
                : body.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return answer.body().isEmpty() ? null : json.readTree(answer.body());
    }

    private JsonNode upload(String user, String fileName, byte[] content, int expected) throws IOException {
        RawHttp.Answer answer = http.send("POST", "/api/assessments/" + assessment + "/evidence",
                Map.of("Authorization", RawHttp.basic(user, "demo"), "Content-Type", "multipart/form-data; boundary=----hostile"),
                part("----hostile", "file", fileName, content));
        assertThat(answer.status()).as("upload: " + answer.body()).isEqualTo(expected);
        return json.readTree(answer.body());
    }

    private String manyAnswers(int n) {
        StringBuilder body = new StringBuilder("{\"answers\": {");
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "" : ",").append("\"X").append(i).append("\": \"1\"");
        }
        return body.append("}}").toString();
    }

    private static String codeOfKind(JsonNode node, String kind) {
        if (node.isObject() && kind.equals(node.path("answerKind").asText()) && node.hasNonNull("code")) {
            return node.get("code").asText();
        }
        for (JsonNode child : node) {
            String found = codeOfKind(child, kind);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Live checksums of every table of ours and of the engine's runtime tables. */
    private Map<String, Long> checksums() {
        Map<String, Long> sums = new LinkedHashMap<>();
        jdbc.query("CHECKSUM TABLE " + String.join(", ", watchedTables), rs -> {
            sums.put(rs.getString(1), rs.getLong(2));
        });
        return sums;
    }

    private static Set<String> titles(String file) throws IOException {
        Properties messages = new Properties();
        try (var in = HostileInputIntegrationTests.class.getClassLoader().getResourceAsStream(file)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> titles = new HashSet<>();
        messages.forEach((key, value) -> {
            if (key.toString().startsWith("problem.") && key.toString().endsWith(".title")) {
                titles.add(value.toString());
            }
        });
        return titles;
    }
}
