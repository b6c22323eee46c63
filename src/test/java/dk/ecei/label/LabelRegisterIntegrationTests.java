package dk.ecei.label;

import dk.ecei.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.cluster.ClusterDetails;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterType;
import dk.ecei.cluster.Region;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.NotFoundException;
import dk.ecei.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class LabelRegisterIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LabelRegister register;

    @Autowired
    ClusterService clusters;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Test
    void reproducesTheEightGoldAndFiveSilverLabelsHeldAtTheEndOf2016() throws Exception {
        mvc.perform(get("/api/labels").param("validOn", "2016-12-31").param("level", "GOLD"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(8)))
                .andExpect(jsonPath("$.items[*].clusterName", hasItem("Medicon Valley Alliance")));
        mvc.perform(get("/api/labels").param("validOn", "2016-12-31").param("level", "SILVER"))
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.items[*].clusterName", hasItem("Innovationsnetværket RoboCluster")));
    }

    @Test
    void pagesTheRegisterWithItsTotalAndRefusesSizesOutsideOneToAHundred() throws Exception {
        mvc.perform(get("/api/labels").param("validOn", "2016-12-31").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.total").value(13))
                .andExpect(jsonPath("$.items[*].level", everyItem(org.hamcrest.Matchers.is("GOLD"))));
        mvc.perform(get("/api/labels").param("validOn", "2016-12-31").param("size", "5").param("page", "2"))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.total").value(13))
                .andExpect(jsonPath("$.items[*].level", everyItem(org.hamcrest.Matchers.is("SILVER"))));
        for (String size : new String[] {"0", "101", "-1"}) {
            mvc.perform(get("/api/labels").param("size", size))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/labels").param("page", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void filtersByFieldAndRegionAndValidity() throws Exception {
        mvc.perform(get("/api/labels").param("validOn", "2016-12-31").param("field", "HEALTH_MEDTECH"))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[*].fields", everyItem(hasItem("HEALTH_MEDTECH"))));
        mvc.perform(get("/api/labels").param("validOn", "2016-12-31").param("field", "ENVIRONMENT"))
                .andExpect(jsonPath("$.items", hasSize(3)));
        mvc.perform(get("/api/labels").param("validOn", "2016-06-14").param("level", "GOLD"))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/labels").param("validOn", "2018-06-30").param("field", "ICT"))
                .andExpect(jsonPath("$.items", hasSize(3)));
        mvc.perform(get("/api/labels").param("validOn", "2018-07-01").param("field", "ICT"))
                .andExpect(jsonPath("$.items", hasSize(0)));

        Long nordic = asSupport(() -> clusters.register(details("Nordklynge " + UUID.randomUUID()))).id();
        asSupport(() -> tx.execute(s -> register.award(new AwardLabel(nordic, LabelLevel.BRONZE,
                LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 1), null, "test"))));
        mvc.perform(get("/api/labels").param("region", "NORDJYLLAND").param("validOn", "2026-01-01")
                        .param("size", "100"))
                .andExpect(jsonPath("$.items[*].clusterId", hasItem(nordic.intValue())))
                .andExpect(jsonPath("$.items[*].region", everyItem(org.hamcrest.Matchers.is("NORDJYLLAND"))));
    }

    /**
     * Issue 15: the total of a full page is kept (shared.KeptTotals), and every award and new end date drops it after its
     * commit; a rolled-back award leaves it. Labels of 2001, when nothing else in the register was valid, so that no
     * other test changes the count.
     */
    @Test
    void theKeptTotalOfAPageFollowsEveryCommittedLabelChange() throws Exception {
        String day = "2002-06-30";
        Long cluster = asSupport(() -> clusters.register(details("Totalklynge " + UUID.randomUUID()))).id();
        Long other = asSupport(() -> clusters.register(details("Totalklynge " + UUID.randomUUID()))).id();
        Long third = asSupport(() -> clusters.register(details("Totalklynge " + UUID.randomUUID()))).id();
        for (Long id : List.of(cluster, other)) {
            asSupport(() -> tx.execute(s -> register.award(new AwardLabel(id, LabelLevel.BRONZE,
                    LocalDate.of(2001, 3, 15), LocalDate.of(2001, 4, 1), null, "test"))));
        }
        // A page of one: full, so its total is the kept count, not the page's length.
        mvc.perform(get("/api/labels").param("validOn", day).param("level", "BRONZE").param("size", "1"))
                .andExpect(jsonPath("$.items", hasSize(1))).andExpect(jsonPath("$.total").value(2));

        LabelView added = asSupport(() -> tx.execute(s -> register.award(new AwardLabel(third, LabelLevel.BRONZE,
                LocalDate.of(2001, 5, 15), LocalDate.of(2001, 6, 1), null, "test"))));
        mvc.perform(get("/api/labels").param("validOn", day).param("level", "BRONZE").param("size", "1"))
                .andExpect(jsonPath("$.total").value(3));

        assertThatThrownBy(() -> asSupport(() -> tx.execute(s -> {
            register.award(new AwardLabel(third, LabelLevel.SILVER, LocalDate.of(2001, 5, 20), LocalDate.of(2001, 6, 1),
                    null, "test"));
            throw new IllegalStateException("rolled back");
        }))).hasMessage("rolled back");
        mvc.perform(get("/api/labels").param("validOn", day).param("size", "1"))
                .andExpect(jsonPath("$.total").value(3));

        asSupport(() -> tx.execute(s -> register.setValidUntil(added.id(), LocalDate.of(2002, 1, 31), "Lukket")));
        mvc.perform(get("/api/labels").param("validOn", day).param("level", "BRONZE").param("size", "1"))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/labels").param("validOn", day).param("size", "1"))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void theRegisterIsPublicToReadAndRejectsBadFilters() throws Exception {
        mvc.perform(get("/api/labels").param("validOn", "31-12-2016"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/labels").param("level", "PLATINUM")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/labels/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/clusters/1/labels"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].level").value("GOLD"));
        mvc.perform(get("/api/clusters/999999/labels")).andExpect(status().isNotFound());
    }

    @Test
    void aSecondBronzeWithinTheRenewalWindowRenewsTheFirstAndIsAudited() {
        Long cluster = asSupport(() -> clusters.register(details("Fornyelsesklynge " + UUID.randomUUID()))).id();

        LabelView first = asSupport(() -> tx.execute(s -> register.award(new AwardLabel(cluster, LabelLevel.BRONZE,
                LocalDate.of(2020, 3, 15), LocalDate.of(2020, 4, 1), 11L, "test"))));
        LabelView second = asSupport(() -> tx.execute(s -> register.award(new AwardLabel(cluster, LabelLevel.BRONZE,
                LocalDate.of(2023, 2, 10), LocalDate.of(2023, 3, 1), 12L, "test"))));

        assertThat(first.validUntil()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(second.previousLabelId()).isEqualTo(first.id());
        assertThat(second.validUntil()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(audit.history("Label", second.id())).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("AWARDED");
            assertThat(e.getActor()).isEqualTo("support");
            assertThat(e.detailText()).contains("renews label " + first.id(), "assessment 12");
        });
    }

    @Test
    void expiryAndWithdrawalAreGuardedAndAudited() {
        Long cluster = asSupport(() -> clusters.register(details("Udløbsklynge " + UUID.randomUUID()))).id();
        LabelView old = asSupport(() -> tx.execute(s -> register.award(new AwardLabel(cluster, LabelLevel.SILVER,
                LocalDate.of(2019, 1, 10), LocalDate.of(2019, 2, 1), null, "test"))));
        LabelView current = asSupport(() -> tx.execute(s -> register.award(new AwardLabel(cluster, LabelLevel.GOLD,
                TestClock.today().minusMonths(1), TestClock.today(), null, "test"))));

        int expired = tx.execute(s -> register.expireEnded());

        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(register.get(old.id()).status()).isEqualTo(LabelStatus.EXPIRED);
        assertThat(register.get(current.id()).status()).isEqualTo(LabelStatus.ACTIVE);
        assertThatThrownBy(() -> tx.execute(s -> register.expire(current.id())))
                .isInstanceOf(dk.ecei.shared.IllegalStateChangeException.class);
        assertThat(register.get(current.id()).status()).isEqualTo(LabelStatus.ACTIVE);

        asSupport(() -> tx.execute(s -> register.withdraw(current.id(), "Secretariat closed")));
        assertThat(register.get(current.id()).status()).isEqualTo(LabelStatus.WITHDRAWN);
        assertThat(audit.history("Label", current.id())).extracting(e -> e.getAction()).containsExactly("AWARDED", "WITHDRAWN");
        assertThat(audit.history("Label", old.id())).extracting(e -> e.getAction()).containsExactly("AWARDED", "EXPIRED");
    }

    @Test
    void aLabelForAnUnknownClusterIsRefused() {
        assertThatThrownBy(() -> tx.execute(s -> register.award(new AwardLabel(424242L, LabelLevel.BRONZE,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null, "test")))).isInstanceOf(NotFoundException.class);
        assertThat(register.search(null, null, null, null)).noneMatch(l -> l.clusterId().equals(424242L));
    }

    private static ClusterDetails details(String name) {
        return new ClusterDetails(name, null, ClusterType.REGIONAL_CLUSTER, Region.NORDJYLLAND, Set.of(ClusterField.FOOD),
                null, null, null);
    }

    private static <T> T asSupport(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("support", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_support-staff")));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
