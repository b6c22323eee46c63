package dk.ecei.cluster;

import java.util.ArrayList;
import java.util.List;

/** Checks a cluster against the eligibility rules; every unmet rule is one reason. */
final class Eligibility {

    private Eligibility() {
    }

    static List<String> problems(Cluster cluster, EligibilitySettings rules) {
        List<String> reasons = new ArrayList<>();
        if (cluster.getSecretariatFte() == null) {
            reasons.add("The secretariat's FTE is not recorded");
        } else if (cluster.getSecretariatFte().compareTo(rules.minSecretariatFte()) < 0) {
            reasons.add("The secretariat has " + cluster.getSecretariatFte().stripTrailingZeros().toPlainString()
                    + " FTE; at least " + rules.minSecretariatFte().stripTrailingZeros().toPlainString() + " is required");
        }
        Membership members = cluster.getMembership();
        if (!members.isKnown()) {
            reasons.add("The committed members are not recorded");
            return reasons;
        }
        if (members.total() < rules.minCommittedMembers()) {
            reasons.add("The cluster has " + members.total() + " committed members; at least "
                    + rules.minCommittedMembers() + " are required");
        }
        int companies = members.companies() == null ? 0 : members.companies();
        if (companies < rules.minCompanies()) {
            reasons.add("The cluster has " + companies + " committed companies; at least " + rules.minCompanies()
                    + " are required");
        }
        if (members.kindsPresent() < rules.minMemberKinds()) {
            reasons.add("The members come from " + members.kindsPresent() + " kind(s) (companies, knowledge institutions,"
                    + " public actors); at least " + rules.minMemberKinds() + " are required");
        }
        return reasons;
    }
}
