package dk.ecei.cluster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The request bodies of the split between eligibility figures (support staff) and contact details (managers too). */
public final class ClusterFigures {

    private ClusterFigures() {
    }

    /** New eligibility figures a manager proposes, with a note for support staff (where the figures come from). */
    public record Proposal(
            @NotNull @DecimalMin("0.0") @DecimalMax("1000.0") @Digits(integer = 4, fraction = 2) BigDecimal secretariatFte,
            @NotNull @Valid ClusterDetails.MembershipCounts members,
            @Size(max = 1000) String note) {
    }

    /** Support staff reject a proposal, always with a reason the manager reads. */
    public record Rejection(@NotBlank @Size(max = 1000) String reason) {
    }

    /** What a cluster's own manager may keep current without support staff: the contact details. */
    public record ContactUpdate(
            @NotNull Long version,
            @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String website) {
    }
}
