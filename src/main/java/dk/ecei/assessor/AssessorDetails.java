package dk.ecei.assessor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What support staff enter about an assessor, both when registering and when updating them. */
public record AssessorDetails(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a Keycloak user name")
        String username,
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 200) String email,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 country code such as DK") String country,
        @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2}",
                message = "must be an ISO 639-1 language code such as da") String> languages) {

    public AssessorDetails {
        languages = languages == null ? List.of() : languages;
    }

    /** Keycloak stores user names in lower case; so do we, so that a look-up by the token's name always matches. */
    String normalisedUsername() {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
