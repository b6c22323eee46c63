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
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first README command: the demo profile on the embedded H2 database (here in memory), with the demo data and
 * the local demo login, starts and serves the Danish clusters and their labels.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
class EmbeddedDefaultIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkflowEngine workflow;

    @Test
    void startsWithTheDemoDataOnTheEmbeddedDatabase() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from cluster", Integer.class)).isEqualTo(41);
        assertThat(workflow.deployedProcessKeys()).contains("label-expiry");
        mvc.perform(get("/api/labels").param("validOn", "2016-12-31").param("level", "GOLD"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(8));
        mvc.perform(get("/api/clusters").with(httpBasic("support", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(41))
                .andExpect(jsonPath("$.items.length()").value(25));
        mvc.perform(get("/")).andExpect(status().isOk());
    }
}
