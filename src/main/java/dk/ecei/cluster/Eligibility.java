package dk.ecei.cluster;

import dk.ecei.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks a cluster against an eligibility profile; every unmet rule is one violation whose first argument names the
 * profile (resolved in the reader's language), so a refusal always says whose rule it is.
 */
final class Eligibility {

    private Eligibility() {
    }

    static List<Violation> problems(Cluster cluster, EligibilityProfileView profile) {
        return problems(cluster.getSecretariatFte(), cluster.getMembership(), cluster.isEccpListed(),
                cluster.isFormalOrganisation(), profile);
    }

    static List<Violation> problems(ClusterView cluster, EligibilityProfileView profile) {
        return problems(cluster.secretariatFte(), cluster.members() == null ? Membership.unknown() : cluster.members().toMembership(),
                cluster.eccpListed(), cluster.formalOrganisation(), profile);
    }

    private static List<Violation> problems(BigDecimal fte, Membership members, boolean eccpListed,
            boolean formalOrganisation, EligibilityProfileView profile) {
        // The profile's name as a resolvable argument: a message text for a known profile, else its stored name.
        Object named = new DefaultMessageSourceResolvable(new String[] {"eligibilityProfile." + profile.code()},
                profile.nameEn());
        String by = " (" + profile.nameEn() + ")";
        List<Violation> reasons = new ArrayList<>();
        if (fte == null) {
            reasons.add(Violation.of("eligibility.fteUnknown", "The secretariat's FTE is not recorded" + by, named));
        } else if (fte.compareTo(profile.minSecretariatFte()) < 0) {
            reasons.add(Violation.of("eligibility.fte", "The secretariat has " + plain(fte) + " FTE; at least "
                    + plain(profile.minSecretariatFte()) + " is required" + by, named, fte, profile.minSecretariatFte()));
        }
        if (profile.formalOrganisation() && !formalOrganisation) {
            reasons.add(Violation.of("eligibility.formalOrganisation",
                    "The cluster is not a formal organisation" + by, named));
        }
        if (profile.eccpListing() && !eccpListed) {
            reasons.add(Violation.of("eligibility.eccpListing",
                    "The cluster is not listed on the European Cluster Collaboration Platform" + by, named));
        }
        if (!members.isKnown()) {
            reasons.add(Violation.of("eligibility.membersUnknown", "The committed members are not recorded" + by, named));
            return reasons;
        }
        if (members.total() < profile.minCommittedMembers()) {
            reasons.add(Violation.of("eligibility.members", "The cluster has " + members.total()
                    + " committed members; at least " + profile.minCommittedMembers() + " are required" + by,
                    named, members.total(), profile.minCommittedMembers()));
        }
        int companies = members.companies() == null ? 0 : members.companies();
        if (companies < profile.minPrivateCompanies()) {
            reasons.add(Violation.of("eligibility.companies", "The cluster has " + companies
                    + " committed private companies; at least " + profile.minPrivateCompanies() + " are required" + by,
                    named, companies, profile.minPrivateCompanies()));
        }
        if (profile.tripleHelix() && !tripleHelix(members)) {
            reasons.add(Violation.of("eligibility.tripleHelix", "The members are not a triple helix"
                    + " (companies, knowledge institutions and public actors)" + by, named));
        }
        if (members.kindsPresent() < profile.minMemberKinds()) {
            reasons.add(Violation.of("eligibility.kinds", "The members come from " + members.kindsPresent()
                    + " kind(s) (companies, knowledge institutions, public actors); at least " + profile.minMemberKinds()
                    + " are required" + by, named, members.kindsPresent(), profile.minMemberKinds()));
        }
        return reasons;
    }

    private static boolean tripleHelix(Membership m) {
        return positive(m.companies()) && positive(m.knowledgeInstitutions()) && positive(m.publicActors());
    }

    private static boolean positive(Integer count) {
        return count != null && count > 0;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
