package dk.ecei.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Support staff's observer for an audit: user name and organisation (a bean for th:field). */
public class ObserverForm {

    @NotBlank @Size(max = 100)
    private String username;
    @NotBlank @Size(max = 200)
    private String organisation;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
}
