package dk.ecei.assessor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A tie of an assessor to a cluster, as support staff declare it; no {@code toDate} while it goes on. */
public record TieDeclaration(
        @NotNull Long clusterId,
        @NotNull TieKind kind,
        @NotNull LocalDate fromDate,
        LocalDate toDate,
        @Size(max = 1000) String note) {
}
