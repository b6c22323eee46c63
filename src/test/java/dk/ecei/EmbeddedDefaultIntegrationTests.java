package dk.ecei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.workflow.WorkflowEngine;
import org.junit.jupiter.api.Test;
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
 * port here, 3025 in the demo) takes mails and the demo page lists them.
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

    @Test
    void startsWithTheDemoDataOnTheEmbeddedDatabase() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from cluster", Integer.class)).isEqualTo(41);
        assertThat(workflow.deployedProcessKeys()).contains("label-expiry");
        mvc.perform(get("/api/labels").param("validOn", "2016-12-31").param("level", "GOLD"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(8));
        mvc.perform(get("/api/clusters").with(httpBasic("support", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(41))
                .andExpect(jsonPath("$.items.length()").value(25));
        mvc.perform(get("/")).andExpect(status().isOk());
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
