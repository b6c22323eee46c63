package dk.ecei.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessment.BronzeFixture;
import dk.ecei.cluster.ClusterDetails;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterType;
import dk.ecei.cluster.Region;
import dk.ecei.label.AwardLabel;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The request boxes on a cluster's page say before the click what is not met yet, in the reader's language. */
@IntegrationTest
class RequestBoxesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClusterService clusters;
    @Autowired
    BronzeFixture bronze;
    @Autowired
    LabelRegister labels;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private Long cluster(String fte, int companies, int smes, int knowledge, int other) {
        return Users.SUPPORT.call(() -> clusters.register(new ClusterDetails("Boksklynge " + UUID.randomUUID(), null,
                ClusterType.REGIONAL_CLUSTER, Region.SYDDANMARK, Set.of(ClusterField.ENERGY), new BigDecimal(fte),
                new ClusterDetails.MembershipCounts(companies, smes, knowledge, 0, other), null))).id();
    }

    @Test
    void anIneligibleClusterSeesTheBronzeButtonDisabledWithEveryUnmetConditionNamingTheProfile() throws Exception {
        Long id = cluster("0.4", 10, 2, 0, 3);
        mvc.perform(get("/clusters/" + id).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Betingelserne følger ECEI-reglerne.")))
                .andExpect(content().string(containsString("Efter ECEI-reglerne: sekretariatet har 0,4 årsværk; mindst 0,5 kræves.")))
                .andExpect(content().string(containsString("Efter ECEI-reglerne: klyngen har 13 forpligtede medlemmer; mindst 15 kræves.")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"request-bronze\"[^>]*disabled=\"disabled\".*")))
                .andExpect(content().string(containsString("Sølv kræver to Bronze-benchmarkinger i registret; klyngen har 0.")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"request-silver\"[^>]*disabled=\"disabled\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"request-gold\"[^>]*disabled=\"disabled\".*")))
                // "Andre" members show.
                .andExpect(content().string(containsString("10 virksomheder (heraf 2 SMV&#39;er), 0 videninstitutioner, 0 offentlige aktører, 3 andre")));
        mvc.perform(get("/clusters/" + id).param("lang", "en").with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("Under the ECEI rules: the secretariat has 0.4 FTE; at least 0.5 is required.")));
    }

    @Test
    void anEligibleClusterGetsAnEnabledBronzeButtonAndGoldWhileSilverListsWhatIsMissing() throws Exception {
        Long id = bronze.eligibleCluster();
        mvc.perform(get("/clusters/" + id).with(Users.managerOf(id).request()))
                .andExpect(content().string(containsString("id=\"request-bronze\">")))
                .andExpect(content().string(containsString("id=\"request-gold\">")))
                .andExpect(content().string(not(containsString("id=\"bronze-unmet\""))))
                .andExpect(content().string(containsString("id=\"silver-unmet\"")));
        // With a Bronze benchmark in progress Bronze is refused before the click, Gold and Silver are not affected by it.
        bronze.requested(id);
        mvc.perform(get("/clusters/" + id).with(Users.managerOf(id).request()))
                .andExpect(content().string(containsString("En Bronze-benchmarking er allerede i gang.")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"request-bronze\"[^>]*disabled=\"disabled\".*")))
                .andExpect(content().string(containsString("id=\"request-gold\">")));
    }

    @Test
    void moreSmesThanCompaniesAreRefusedAtTheSmeFieldAndByTheApi() throws Exception {
        mvc.perform(post("/clusters/new").with(Users.SUPPORT.request()).param("name", "SMV-klynge " + UUID.randomUUID())
                        .param("type", "REGIONAL_CLUSTER").param("fields", "ENERGY").param("companies", "10").param("smes", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"smes-error\">SMV&#39;erne tælles med blandt virksomhederne; der kan ikke være flere SMV&#39;er (11) end virksomheder (10).")))
                .andExpect(content().string(containsString("value=\"11\"")));
        mvc.perform(post("/clusters/new").with(Users.SUPPORT.request()).param("name", "SMV-klynge " + UUID.randomUUID())
                        .param("type", "REGIONAL_CLUSTER").param("fields", "ENERGY").param("companies", "10").param("smes", "10"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/clusters").with(Users.SUPPORT.request()).contentType("application/json").content("""
                        {"name": "API-SMV %s", "type": "REGIONAL_CLUSTER", "fields": ["ENERGY"],
                         "members": {"companies": 3, "smes": 4}}""".formatted(UUID.randomUUID())))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void bronzeIsNotOfferedRightAfterABronzeAndAnOldGoldShowsExpiredFromItsDates() throws Exception {
        Long id = bronze.eligibleCluster();
        LocalDate assessed = LocalDate.of(2026, 3, 2);
        Users.SUPPORT.run(() -> labels.award(new AwardLabel(id, LabelLevel.BRONZE, assessed, assessed, null, "test")));
        Users.SUPPORT.run(() -> labels.award(new AwardLabel(id, LabelLevel.GOLD, LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 1), null, "test")));
        // (2019, not 2016: the dashboard tests count the real 2016 register.)
        TestClock.set(ZonedDateTime.of(2026, 9, 1, 12, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant());
        mvc.perform(get("/clusters/" + id).with(Users.managerOf(id).request()))
                .andExpect(content().string(containsString("En ny kan anmodes fra 2. september 2027")))
                .andExpect(content().string(not(containsString("id=\"request-bronze\""))))
                // The 2019 Gold is not shown as valid whatever its stored status says; the fresh Bronze is.
                .andExpect(content().string(matchesPattern("(?s).*Guld</span></td>\\s*<td>1\\. maj 2019</td>\\s*<td>[^<]*</td>\\s*<td>Udløbet</td>.*")))
                .andExpect(content().string(matchesPattern("(?s).*Bronze</span></td>\\s*<td>2\\. marts 2026</td>\\s*<td>[^<]*</td>\\s*<td>Gyldigt</td>.*")));
        // Eighteen months after the benchmark a new one can count as the second that Silver needs: offered again.
        TestClock.set(ZonedDateTime.of(2027, 9, 2, 12, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant());
        mvc.perform(get("/clusters/" + id).with(Users.managerOf(id).request()))
                .andExpect(content().string(containsString("id=\"request-bronze\">")));
    }
}
