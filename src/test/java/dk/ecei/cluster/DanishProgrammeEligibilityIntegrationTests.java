package dk.ecei.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Danish national programme's profile, chosen by the setting ecei.eligibility.profile and read from the
 * eligibility_profile table: the stricter rule refuses a cluster that ECEI accepts, names itself on the page and in
 * the API refusal, and accepts the cluster once it is an ECCP-listed formal organisation with 20 companies.
 */
@IntegrationTest
@TestPropertySource(properties = "ecei.eligibility.profile=DK-NATIONAL")
class DanishProgrammeEligibilityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClusterService clusters;

    private Long cluster(int companies, boolean eccp, boolean formal) {
        return Users.SUPPORT.call(() -> clusters.register(new ClusterDetails("DK-klynge " + UUID.randomUUID(), null,
                ClusterType.REGIONAL_CLUSTER, Region.SYDDANMARK, Set.of(ClusterField.ENERGY), new BigDecimal("1.0"),
                new ClusterDetails.MembershipCounts(companies, 5, 2, 1, 0), null, eccp, formal))).id();
    }

    @Test
    void theDanishProgrammeRefusesWhatEceiAcceptsAndNamesItself() throws Exception {
        assertThat(clusters.eligibilityProfile().code()).isEqualTo("DK-NATIONAL");
        Long id = cluster(19, false, true);
        mvc.perform(get("/clusters/" + id).with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("Betingelserne følger det danske nationale klyngeprogram.")))
                .andExpect(content().string(containsString(
                        "Efter det danske nationale klyngeprogram: klyngen har 19 forpligtede private virksomheder; mindst 20 kræves.")))
                .andExpect(content().string(containsString(
                        "Efter det danske nationale klyngeprogram: klyngen skal være registreret på European Cluster Collaboration Platform (ECCP).")));
        mvc.perform(post("/api/assessments/bronze").with(Users.managerOf(id).request())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clusterId\": " + id + "}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons", Matchers.hasSize(2)))
                .andExpect(jsonPath("$.reasons[0]", Matchers.startsWith("Efter det danske nationale klyngeprogram: ")));
        assertThat(clusters.eligibilityViolations(cluster(20, true, true))).isEmpty();
    }
}
