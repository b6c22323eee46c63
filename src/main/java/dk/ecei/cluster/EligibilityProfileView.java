package dk.ecei.cluster;

import java.math.BigDecimal;

/** An eligibility profile as pages and other modules read it. */
public record EligibilityProfileView(String code, String nameDa, String nameEn, BigDecimal minSecretariatFte,
        int minCommittedMembers, int minPrivateCompanies, int minMemberKinds, boolean tripleHelix,
        boolean formalOrganisation, boolean eccpListing) {
}
