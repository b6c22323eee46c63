package dk.ecei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first README command: the demo profile on the embedded H2 database (here in memory), with the demo data and
 * the local demo login, starts and serves the Danish clusters and their labels; its in-JVM SMTP server (on a free
 * port here, 3025 in the demo) takes mails and the demo page lists them. The living demo scenario (dk.ecei.demo) is
 * generated on this first start, so every role's main pages have content: the national dashboard (counts, pipeline,
 * expiring labels, workload), the inboxes of support staff, both assessors and the three demo managers.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
class EmbeddedDefaultIntegrationTests {

    private static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("ecei.mail.embedded-smtp.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.mail.javamail.JavaMailSender mail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkflowEngine workflow;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void startsWithTheDemoDataOnTheEmbeddedDatabase() throws Exception {
        // The 41 real clusters of 2016 and the invented clusters of the living demo, each listed as such.
        Integer invented = jdbc.queryForObject("select count(*) from demo_generated where kind = 'CLUSTER'", Integer.class);
        assertThat(jdbc.queryForObject("select count(*) from cluster where id not in"
                + " (select ref_id from demo_generated where kind = 'CLUSTER')", Integer.class)).isEqualTo(41);
        assertThat(workflow.deployedProcessKeys()).contains("label-expiry");
        mvc.perform(get("/api/labels").param("validOn", "2016-12-31").param("level", "GOLD"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(8));
        mvc.perform(get("/api/clusters").with(httpBasic("support", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(41 + invented))
                .andExpect(jsonPath("$.items.length()").value(25));
        mvc.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void theLivingDemoGivesEveryRoleContentOnTheFirstStart() throws Exception {
        // Marked as demo: one scenario row, every invented row listed, invented clusters named "(demo)".
        assertThat(jdbc.queryForObject("select count(*) from demo_scenario", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from demo_generated where kind = 'ASSESSMENT'", Integer.class))
                .isGreaterThanOrEqualTo(15);
        assertThat(jdbc.queryForList("select c.name from cluster c join demo_generated g on g.ref_id = c.id"
                + " where g.kind = 'CLUSTER'", String.class)).isNotEmpty().allMatch(n -> n.endsWith(" (demo)"));
        // The real register keeps its names and its 2016 labels.
        assertThat(jdbc.queryForObject("select name from cluster where id = 1", String.class)).isEqualTo("CLEAN");
        assertThat(jdbc.queryForObject("select count(*) from label where source = 'demo' and cluster_id <= 41",
                Integer.class)).isZero();

        // The national dashboard: labels held today, the pipeline, expiring labels, the experts' workload.
        mvc.perform(get("/api/dashboard/counts").with(httpBasic("support", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total.gold").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.total.silver").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.total.bronze").value(org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(get("/api/dashboard/pipeline").param("size", "100").with(httpBasic("support", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(14)))
                .andExpect(jsonPath("$.assessments.items[*].level").value(org.hamcrest.Matchers.hasItems("BRONZE", "SILVER", "GOLD")));
        mvc.perform(get("/api/dashboard/expiring").param("size", "100").with(httpBasic("support", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.labels.items[*].level").value(org.hamcrest.Matchers.hasItems("BRONZE", "SILVER", "GOLD")));
        mvc.perform(get("/api/dashboard/workload").with(httpBasic("support", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.experts.total").value(2))
                .andExpect(jsonPath("$.unassignedRequests").value(org.hamcrest.Matchers.greaterThan(0)));
        String dashboard = page("support", "/dashboard");
        assertThat(dashboard).contains("Aarhus Sundhedsklynge (demo)", "Demo Assessor One (DK)", "Demo Assessor Two (SE)").doesNotContain("Mangler 10");

        // Every inbox holds work: support assigns and decides, the experts review, audit and score, managers answer.
        assertThat(page("support", "/tasks")).contains("Mærkeudvalgets beslutning", "Tildel en benchmarking-ekspert",
                "Tildel en Sølv-auditor");
        assertThat(page("admin", "/tasks")).contains("Mærkeudvalgets beslutning");
        assertThat(page("assessor1", "/tasks")).contains("Gennemgang, interview og rapport", "Sølv-audit og rapport",
                "Audit på stedet og score hver indikator");
        assertThat(page("assessor2", "/tasks")).contains("Gennemgang, interview og rapport", "Audit på stedet og score hver indikator");
        assertThat(page("manager-clean", "/tasks")).contains("CLEAN", "Udfyld selvevalueringen");
        assertThat(page("manager-houseofenergy", "/tasks")).contains("House of Energy", "Besvar anmodningen om afklaring");
        assertThat(page("manager-brains", "/tasks")).contains("BrainsBusiness", "Besvar anmodningen om afklaring");
        mvc.perform(get("/api/tasks").with(httpBasic("assessor1", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)));

        // A manager sees their own assessment; the performance account has an open year.
        mvc.perform(get("/api/assessments").with(httpBasic("manager-clean", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].clusterId").value(org.hamcrest.Matchers.hasItem(1)));
        assertThat(page("manager-clean", "/my-cluster")).contains("CLEAN");
        assertThat(jdbc.queryForObject("select count(*) from performance_collection where status = 'OPEN'", Integer.class))
                .isPositive();
        // The Silver candidate, the Gold renewal and the Gold awaiting the committee are in the register.
        assertThat(jdbc.queryForObject("select count(*) from assessment where level = 'GOLD' and status <> 'COMPLETED'",
                Integer.class)).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForList("select note from demo_generated", String.class))
                .anyMatch(n -> n.contains("Silver candidate")).anyMatch(n -> n.contains("Gold renewal"))
                .anyMatch(n -> n.contains("awaiting the label committee"));
    }

    @Test
    void theSilverAuditTheGoldScoresAndTheLabelCommitteeAreOpenOnTheFirstDay() throws Exception {
        assertThat(page("assessor1", "/assessments/" + generated("Silver in the on-site audit (demo)") + "/silver-audit"))
                .contains("Odense Droneklynge (demo)");
        assertThat(page("assessor2", "/assessments/" + generated("Gold audited, awaiting the experts' scores (demo)") + "/scores"))
                .contains("Aalborg Digitalklynge (demo)");
        assertThat(page("support", "/assessments/" + generated("Gold scored, awaiting the label committee (demo)") + "/decision"))
                .contains("Roskilde Life Science Netværk (demo)");
        assertThat(page("support", "/assessments/" + generated("Silver audited, awaiting the label committee (demo)") + "/decision"))
                .contains("Storstrøm Miljøklynge (demo)");
        mvc.perform(get("/api/assessments/" + generated("Gold renewal requested (demo)")).with(httpBasic("support", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.renewal").value(true));
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).getYear() - 1;
        assertThat(page("manager-clean", "/performance/report")).contains(Integer.toString(year));
    }

    private long generated(String note) {
        return jdbc.queryForObject("select ref_id from demo_generated where kind = 'ASSESSMENT' and note = ?", Long.class, note);
    }

    @Test
    void aSecondStartFindsTheScenarioAndLeavesItAsItIs() {
        Integer rows = jdbc.queryForObject("select count(*) from demo_generated", Integer.class);
        Integer assessments = jdbc.queryForObject("select count(*) from assessment", Integer.class);
        SmartLifecycle scenario = context.getBean("demoScenario", SmartLifecycle.class);
        scenario.stop();
        scenario.start();
        assertThat(scenario.isRunning()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from demo_generated", Integer.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isEqualTo(assessments);
        assertThat(jdbc.queryForObject("select count(*) from demo_scenario", Integer.class)).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentNamesEveryApiOperationAndItsErrorAnswers() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        com.fasterxml.jackson.databind.JsonNode paths = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("paths");
        java.util.List<String> problems = new java.util.ArrayList<>();
        int operations = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) paths::fields) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) path.getValue()::fields) {
                operations++;
                String where = operation.getKey() + " " + path.getKey();
                com.fasterxml.jackson.databind.JsonNode op = operation.getValue();
                if (op.path("summary").asText("").isBlank()) {
                    problems.add(where + ": no summary");
                }
                if (op.path("tags").isEmpty()) {
                    problems.add(where + ": no tag");
                }
                var error = op.path("responses").path("404");
                if (error.path("content").path("application/problem+json").isMissingNode()) {
                    problems.add(where + ": no 404 problem+json");
                }
                boolean writes = !operation.getKey().equals("get");
                if (writes && (op.path("responses").path("409").isMissingNode() || op.path("responses").path("422").isMissingNode())) {
                    problems.add(where + ": no 409/422");
                }
            }
        }
        assertThat(operations).isGreaterThan(70);
        assertThat(problems).isEmpty();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theEmbeddedSmtpServerTakesMailAndTheDemoPageListsIt() throws Exception {
        org.springframework.mail.SimpleMailMessage message = new org.springframework.mail.SimpleMailMessage();
        message.setFrom("noreply@example.org");
        message.setTo("support@example.org");
        message.setSubject("Prøve fra demoen");
        message.setText("Hej");
        mail.send(message);

        mvc.perform(get("/demo/mails").with(httpBasic("support", "demo")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Prøve fra demoen")));
    }
}
