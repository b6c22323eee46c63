package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A documented success story of the cluster; the Bronze questionnaire asks for three. */
@Embeddable
public record SuccessStory(
        @NotBlank @Size(max = 200) @Column(name = "title", nullable = false) String title,
        @NotBlank @Size(max = 4000) @Column(name = "description", nullable = false) String description) {
}
