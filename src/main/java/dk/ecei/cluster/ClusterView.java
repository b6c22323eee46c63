package dk.ecei.cluster;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** A cluster organisation as other modules and API clients see it. */
public record ClusterView(
        Long id,
        String name,
        String cvrNumber,
        ClusterType type,
        Region region,
        Set<ClusterField> fields,
        BigDecimal secretariatFte,
        ClusterDetails.MembershipCounts members,
        String website,
        long version,
        Instant updatedAt,
        boolean eccpListed,
        boolean formalOrganisation) {

    static ClusterView of(Cluster c) {
        return new ClusterView(c.getId(), c.getName(), c.getCvrNumber(), c.getType(), c.getRegion(), c.getFields(),
                c.getSecretariatFte(), ClusterDetails.MembershipCounts.of(c.getMembership()), c.getWebsite(),
                c.getVersion(), c.getUpdatedAt(), c.isEccpListed(), c.isFormalOrganisation());
    }
}
