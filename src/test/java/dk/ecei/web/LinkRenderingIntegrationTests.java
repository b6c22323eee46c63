package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links are written as they are: no resource chain rewrites them (with webjars-locator-lite on the class path the
 * chain and its ResourceUrlEncodingFilter would be on, and every {@code @{...}} would look for a file on the class path).
 */
@IntegrationTest
class LinkRenderingIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void noResourceUrlEncodingFilterRewritesLinks() throws Exception {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/css/")));
    }

    @Test
    void swaggerUiStillFindsItsWebJar() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
