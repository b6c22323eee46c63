package dk.ecei.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ClusterApiIntegrationTests {

    private static final RequestPostProcessor SUPPORT = httpBasic("support", "demo");
    private static final RequestPostProcessor MANAGER = httpBasic("manager-clean", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    private static String uniqueName() {
        return "Testklynge " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String uniqueCvr() {
        return String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
    }

    private String body(String name, String cvr) {
        return """
                {"name": "%s", "cvrNumber": %s, "type": "REGIONAL_CLUSTER", "region": "NORDJYLLAND",
                 "fields": ["ICT", "SERVICE"], "secretariatFte": 2.5,
                 "members": {"companies": 40, "smes": 30, "knowledgeInstitutions": 3, "publicActors": 2},
                 "website": "https://example.org"}""".formatted(name, cvr == null ? "null" : "\"" + cvr + "\"");
    }

    /**
     * A search by a text in the name reads its page along the order and counts its total where the page is full: page
     * by page (full, short and past the end), in every order, it finds exactly the clusters of the whole register whose
     * name holds the text (any case), in the register's order, and the same total on every page.
     */
    @Test
    void aSearchByNamePagesLikeTheWholeRegisterInEveryOrder() throws Exception {
        for (String sort : new String[] {"NAME", "REGION", "UPDATED"}) {
            List<String> all = new java.util.ArrayList<>();
            for (int page = 0; all.size() == page * 100; page++) {
                all.addAll(names(mvc.perform(get("/api/clusters").param("size", "100").param("sort", sort)
                        .param("page", String.valueOf(page)).with(SUPPORT)).andReturn().getResponse().getContentAsString()));
            }
            List<String> expected = all.stream().filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains("en")).toList();
            assertThat(expected).hasSizeGreaterThan(3);
            List<String> found = new java.util.ArrayList<>();
            for (int page = 0; page * 3 < expected.size() + 3; page++) {
                String body = mvc.perform(get("/api/clusters").param("q", "EN").param("sort", sort).param("size", "3")
                        .param("page", String.valueOf(page)).with(SUPPORT)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
                assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(body, "$.total")).as(sort).isEqualTo(expected.size());
                found.addAll(names(body));
            }
            assertThat(found).as(sort).containsExactlyElementsOf(expected);
        }
    }

    private static List<String> names(String body) {
        return com.jayway.jsonpath.JsonPath.read(body, "$.items[*].name");
    }

    @Test
    void listsTheDanishClustersWithTheirFields() throws Exception {
        mvc.perform(get("/api/clusters").param("size", "100").with(SUPPORT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(41)))
                .andExpect(jsonPath("$.items", hasSize(greaterThanOrEqualTo(41))));
        // Other tests add clusters, so the demo cluster is looked up by name rather than expected on the first page.
        mvc.perform(get("/api/clusters").param("q", "medicon valley").with(SUPPORT))
                .andExpect(jsonPath("$.items[*].name", hasItem("Medicon Valley Alliance")));
        mvc.perform(get("/api/clusters").param("field", "TRANSPORT").with(SUPPORT))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items", hasSize(4)))
                .andExpect(jsonPath("$.items[*].name", hasItem("UAS Denmark")));
        mvc.perform(get("/api/clusters/1").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("CLEAN"))
                .andExpect(jsonPath("$.type").value("NATIONAL_INNOVATION_NETWORK"));
    }

    @Test
    void supportStaffRegisterAndUpdateAClusterAndEveryChangeIsAudited() throws Exception {
        String name = uniqueName();
        String created = mvc.perform(post("/api/clusters").with(SUPPORT).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, uniqueCvr())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/clusters/")))
                .andExpect(jsonPath("$.members.companies").value(40))
                .andReturn().getResponse().getContentAsString();
        JsonNode cluster = json.readTree(created);
        long id = cluster.get("id").asLong();

        mvc.perform(put("/api/clusters/" + id).with(SUPPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"details\": " + body(name + " ApS", null) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name + " ApS"))
                .andExpect(jsonPath("$.version").value(1));

        assertThat(audit.history("Cluster", id)).extracting(e -> e.getAction()).containsExactly("REGISTERED", "UPDATED");
        assertThat(audit.history("Cluster", id)).allSatisfy(e -> assertThat(e.getActor()).isEqualTo("support"));
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() throws Exception {
        String name = uniqueName();
        long id = json.readTree(mvc.perform(post("/api/clusters").with(SUPPORT).contentType(MediaType.APPLICATION_JSON)
                .content(body(name, null))).andReturn().getResponse().getContentAsString()).get("id").asLong();

        mvc.perform(put("/api/clusters/" + id).with(SUPPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 5, \"details\": " + body("Other name", null) + "}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/clusters/" + id).with(SUPPORT)).andExpect(jsonPath("$.name").value(name));
    }

    @Test
    void duplicatesAreRefusedWithConflict() throws Exception {
        String cvr = uniqueCvr();
        mvc.perform(post("/api/clusters").with(SUPPORT).contentType(MediaType.APPLICATION_JSON).content(body(uniqueName(), cvr)))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/clusters").with(SUPPORT).contentType(MediaType.APPLICATION_JSON).content(body("clean", null)))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("allerede registreret")));
        mvc.perform(post("/api/clusters").with(SUPPORT).contentType(MediaType.APPLICATION_JSON).content(body(uniqueName(), cvr)))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputIsABadRequestInProblemJsonAndStoresNothing() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from cluster", Integer.class);

        mvc.perform(post("/api/clusters").with(SUPPORT).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Forespørgslens indhold kan ikke læses"));
        mvc.perform(post("/api/clusters").with(SUPPORT).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request body"));
        mvc.perform(post("/api/clusters").with(SUPPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"X\", \"type\": \"NOT_A_TYPE\", \"fields\": [\"ICT\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/clusters").with(SUPPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\", \"cvrNumber\": \"12AB\", \"type\": \"REGIONAL_CLUSTER\", \"fields\": [],"
                                + " \"secretariatFte\": -1, \"members\": {\"companies\": -3}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems(
                        "name", "cvrNumber", "fields", "secretariatFte", "members.companies")));
        mvc.perform(get("/api/clusters/abc").with(SUPPORT))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/clusters").with(SUPPORT).contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType());

        assertThat(jdbc.queryForObject("select count(*) from cluster", Integer.class)).isEqualTo(before);
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(get("/api/clusters/987654").with(SUPPORT))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("problem.notFound.cluster"))
                .andExpect(jsonPath("$.detail").value("Klynge 987654 findes ikke, eller du må ikke se den."));
        mvc.perform(put("/api/clusters/987654").with(SUPPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"details\": " + body(uniqueName(), null) + "}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlySupportStaffChangeTheRegisterAndAnonymousUsersChangeNothing() throws Exception {
        mvc.perform(post("/api/clusters").contentType(MediaType.APPLICATION_JSON).content(body(uniqueName(), null)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/clusters")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/clusters").with(MANAGER).contentType(MediaType.APPLICATION_JSON).content(body(uniqueName(), null)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/clusters/1").with(httpBasic("assessor1", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"details\": " + body("Hijacked", null) + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/clusters/1").with(SUPPORT)).andExpect(jsonPath("$.name").value("CLEAN"));
        mvc.perform(get("/api/clusters").with(httpBasic("support", "wrong"))).andExpect(status().isUnauthorized());
    }
}
