package dk.ecei.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.shared.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/**
 * The two eligibility profiles at each edge: ECEI (0.5 FTE, 15 committed members of 2 kinds) and the Danish national
 * programme (1 FTE, 20 committed private companies, triple helix, a formal organisation, ECCP listing). Every refusal
 * names its profile as its first argument.
 */
class EligibilityProfileTests {

    static final EligibilityProfileView ECEI = new EligibilityProfileView("ECEI", "ECEI-reglerne", "the ECEI rules",
            new BigDecimal("0.50"), 15, 0, 2, false, false, false);
    static final EligibilityProfileView DK = new EligibilityProfileView("DK-NATIONAL", "det danske nationale klyngeprogram",
            "the Danish national cluster programme", new BigDecimal("1.00"), 0, 20, 1, true, true, true);

    private static Cluster cluster(String fte, int companies, int knowledge, int publicActors, boolean eccp, boolean formal) {
        return new Cluster(new ClusterDetails("Klynge", null, ClusterType.REGIONAL_CLUSTER, Region.SYDDANMARK,
                Set.of(ClusterField.ENERGY), fte == null ? null : new BigDecimal(fte),
                new ClusterDetails.MembershipCounts(companies, 0, knowledge, publicActors, 0), null, eccp, formal),
                Instant.EPOCH);
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    @Test
    void eceiAcceptsHalfAnFteAndFifteenMembersOfTwoKindsAndRefusesJustBelow() {
        assertThat(Eligibility.problems(cluster("0.5", 13, 2, 0, false, false), ECEI)).isEmpty();
        assertThat(codes(Eligibility.problems(cluster("0.49", 13, 2, 0, false, false), ECEI))).containsExactly("eligibility.fte");
        assertThat(codes(Eligibility.problems(cluster("0.5", 12, 2, 0, false, false), ECEI))).containsExactly("eligibility.members");
        assertThat(codes(Eligibility.problems(cluster("0.5", 15, 0, 0, false, false), ECEI))).containsExactly("eligibility.kinds");
        assertThat(codes(Eligibility.problems(cluster(null, 15, 2, 0, false, false), ECEI))).containsExactly("eligibility.fteUnknown");
    }

    @Test
    void theDanishProgrammeAcceptsOneFteTwentyCompaniesATripleHelixAFormalOrganisationAndAnEccpListing() {
        assertThat(Eligibility.problems(cluster("1.0", 20, 1, 1, true, true), DK)).isEmpty();
        assertThat(codes(Eligibility.problems(cluster("0.99", 20, 1, 1, true, true), DK))).containsExactly("eligibility.fte");
        assertThat(codes(Eligibility.problems(cluster("1.0", 19, 1, 1, true, true), DK))).containsExactly("eligibility.companies");
        assertThat(codes(Eligibility.problems(cluster("1.0", 20, 0, 1, true, true), DK))).containsExactly("eligibility.tripleHelix");
        assertThat(codes(Eligibility.problems(cluster("1.0", 20, 1, 0, true, true), DK))).containsExactly("eligibility.tripleHelix");
        assertThat(codes(Eligibility.problems(cluster("1.0", 20, 1, 1, false, true), DK))).containsExactly("eligibility.eccpListing");
        assertThat(codes(Eligibility.problems(cluster("1.0", 20, 1, 1, true, false), DK))).containsExactly("eligibility.formalOrganisation");
    }

    @Test
    void aClusterEligibleUnderEceiIsRefusedByTheStricterDanishProgrammeWithEveryReason() {
        Cluster eceiOnly = cluster("0.5", 13, 2, 0, false, false);
        assertThat(Eligibility.problems(eceiOnly, ECEI)).isEmpty();
        assertThat(codes(Eligibility.problems(eceiOnly, DK))).containsExactly("eligibility.fte",
                "eligibility.formalOrganisation", "eligibility.eccpListing", "eligibility.companies", "eligibility.tripleHelix");
    }

    @Test
    void everyRefusalNamesItsProfile() {
        List<Violation> refusals = Eligibility.problems(cluster("0.2", 1, 0, 0, false, false), DK);
        assertThat(refusals).isNotEmpty().allSatisfy(v -> {
            assertThat(v.getArguments()[0]).isInstanceOfSatisfying(MessageSourceResolvable.class,
                    name -> assertThat(name.getCodes()).containsExactly("eligibilityProfile.DK-NATIONAL"));
            assertThat(v.defaultText()).endsWith("(the Danish national cluster programme)");
        });
        Violation fte = refusals.get(0);
        assertThat(fte.getArguments()).containsExactly(fte.getArguments()[0], new BigDecimal("0.2"), new BigDecimal("1.00"));
    }
}
