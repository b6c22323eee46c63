package dk.ecei.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A set of eligibility rules as data: thresholds and conditions a cluster must meet to apply for a label. */
@Entity
@Table(name = "eligibility_profile")
class EligibilityProfile {

    @Id
    private String code;
    @Column(name = "name_da", nullable = false)
    private String nameDa;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "min_secretariat_fte", nullable = false)
    private BigDecimal minSecretariatFte;
    @Column(name = "min_committed_members", nullable = false)
    private int minCommittedMembers;
    @Column(name = "min_private_companies", nullable = false)
    private int minPrivateCompanies;
    @Column(name = "min_member_kinds", nullable = false)
    private int minMemberKinds;
    @Column(name = "triple_helix", nullable = false)
    private boolean tripleHelix;
    @Column(name = "formal_organisation", nullable = false)
    private boolean formalOrganisation;
    @Column(name = "eccp_listing", nullable = false)
    private boolean eccpListing;

    protected EligibilityProfile() {
    }

    EligibilityProfile(String code, String nameDa, String nameEn, BigDecimal minSecretariatFte, int minCommittedMembers,
            int minPrivateCompanies, int minMemberKinds, boolean tripleHelix, boolean formalOrganisation, boolean eccpListing) {
        this.code = code;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
        this.minSecretariatFte = minSecretariatFte;
        this.minCommittedMembers = minCommittedMembers;
        this.minPrivateCompanies = minPrivateCompanies;
        this.minMemberKinds = minMemberKinds;
        this.tripleHelix = tripleHelix;
        this.formalOrganisation = formalOrganisation;
        this.eccpListing = eccpListing;
    }

    EligibilityProfileView view() {
        return new EligibilityProfileView(code, nameDa, nameEn, minSecretariatFte, minCommittedMembers,
                minPrivateCompanies, minMemberKinds, tripleHelix, formalOrganisation, eccpListing);
    }
}
