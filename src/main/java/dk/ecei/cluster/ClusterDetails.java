package dk.ecei.cluster;

import jakarta.validation.constraints.Digits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/** What support staff enter about a cluster organisation, both when registering and when updating it. */
public record ClusterDetails(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "\\d{8}", message = "must be a Danish CVR number of 8 digits") String cvrNumber,
        @NotNull ClusterType type,
        Region region,
        @NotNull @Size(min = 1, max = 10, message = "name one to ten fields") Set<@NotNull ClusterField> fields,
        @DecimalMin("0.0") @DecimalMax("1000.0") @Digits(integer = 4, fraction = 2) BigDecimal secretariatFte,
        @Valid MembershipCounts members,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String website,
        Boolean eccpListed,
        Boolean formalOrganisation) {

    public ClusterDetails {
        fields = fields == null ? Set.of() : fields;
    }

    /**
     * Details without the two conditions of the eligibility profiles (the ECCP listing, a formal organisation): a
     * new cluster has neither recorded, an update leaves them as they are.
     */
    public ClusterDetails(String name, String cvrNumber, ClusterType type, Region region, Set<ClusterField> fields,
            BigDecimal secretariatFte, MembershipCounts members, String website) {
        this(name, cvrNumber, type, region, fields, secretariatFte, members, website, null, null);
    }

    Membership membership() {
        return members == null ? Membership.unknown() : members.toMembership();
    }

    /** Committed members by kind as they arrive over the API. */
    public record MembershipCounts(
            @Min(0) @Max(1000000) Integer companies,
            @Min(0) @Max(1000000) Integer smes,
            @Min(0) @Max(1000000) Integer knowledgeInstitutions,
            @Min(0) @Max(1000000) Integer publicActors,
            @Min(0) @Max(1000000) Integer other) {

        /** SMEs are counted among the companies, so there are never more of them than companies. */
        public static void requireSmesWithinCompanies(MembershipCounts counts, String field) {
            if (counts != null && counts.smes() != null && counts.smes() > (counts.companies() == null ? 0 : counts.companies())) {
                throw dk.ecei.shared.BusinessRuleException.violated("More SMEs than companies", java.util.List.of(
                        dk.ecei.shared.Violation.at(field, "cluster.smesAboveCompanies", "The SMEs (" + counts.smes()
                                + ") are counted among the companies and cannot be more than the companies ("
                                + (counts.companies() == null ? 0 : counts.companies()) + ")",
                                counts.smes(), counts.companies() == null ? 0 : counts.companies())));
            }
        }

        Membership toMembership() {
            return new Membership(companies, smes, knowledgeInstitutions, publicActors, other);
        }

        static MembershipCounts of(Membership m) {
            return new MembershipCounts(m.companies(), m.smes(), m.knowledgeInstitutions(), m.publicActors(), m.other());
        }
    }
}
