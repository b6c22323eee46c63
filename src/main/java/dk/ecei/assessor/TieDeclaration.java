package dk.ecei.assessor;

import dk.ecei.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A tie of an assessor to a cluster, as support staff declare it; no {@code toDate} while it goes on. */
public record TieDeclaration(
        @NotNull Long clusterId,
        @NotNull TieKind kind,
        @NotNull @PlausibleDate LocalDate fromDate,
        @PlausibleDate LocalDate toDate,
        @Size(max = 1000) String note) {
}
