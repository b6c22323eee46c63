package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The expert's findings and recommendations for one indicator group. */
@Embeddable
public record ReportSection(
        @NotBlank @Size(max = 4000) @Column(name = "findings", nullable = false) String findings,
        @NotBlank @Size(max = 4000) @Column(name = "recommendations", nullable = false) String recommendations) {
}
