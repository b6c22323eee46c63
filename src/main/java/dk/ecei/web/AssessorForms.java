package dk.ecei.web;

import dk.ecei.assessor.AssessorDetails;
import dk.ecei.assessor.AssessorView;
import dk.ecei.assessor.Qualification;
import dk.ecei.assessor.TieDeclaration;
import dk.ecei.assessor.TieKind;
import dk.ecei.shared.PlausibleDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the assessor register (beans for th:field, see {@link ClusterForm}). Their property names are those of
 * the assessor module's commands, so the module's own checks and these agree on which field is wrong.
 */
final class AssessorForms {

    private AssessorForms() {
    }

    /** Who the assessor is: registering and updating use the same fields. Languages are typed as "da, en". */
    public static class Details {
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+")
        private String username;
        @NotBlank @Size(max = 200)
        private String fullName;
        @NotBlank @Email @Size(max = 200)
        private String email;
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}")
        private String country = "DK";
        @NotBlank @Size(max = 100) @Pattern(regexp = "\\s*[A-Za-z]{2}(\\s*,\\s*[A-Za-z]{2})*\\s*")
        private String languages = "da, en";
        private long version;

        static Details of(AssessorView a) {
            Details form = new Details();
            form.username = a.username();
            form.fullName = a.fullName();
            form.email = a.email();
            form.country = a.country();
            form.languages = String.join(", ", a.languages());
            form.version = a.version();
            return form;
        }

        AssessorDetails details() {
            List<String> codes = Arrays.stream(languages.split(",")).map(String::strip)
                    .map(l -> l.toLowerCase(Locale.ROOT)).distinct().toList();
            return new AssessorDetails(username, fullName, email, country.toUpperCase(Locale.ROOT), codes);
        }

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
        public String getLanguages() { return languages; }
        public void setLanguages(String languages) { this.languages = languages; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** A qualification to add, or to renew until a later day. */
    public static class Grant {
        @NotNull
        private Qualification kind;
        @NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validUntil;

        public Qualification getKind() { return kind; }
        public void setKind(Qualification kind) { this.kind = kind; }
        public LocalDate getValidUntil() { return validUntil; }
        public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    }

    /** A tie to a cluster that makes the assessor partial; no end day while it goes on. */
    public static class Tie {
        @NotNull
        private Long clusterId;
        @NotNull
        private TieKind kind;
        @NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate fromDate;
        @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate toDate;
        @Size(max = 1000)
        private String note;

        TieDeclaration declaration() {
            return new TieDeclaration(clusterId, kind, fromDate, toDate, note);
        }

        public Long getClusterId() { return clusterId; }
        public void setClusterId(Long clusterId) { this.clusterId = clusterId; }
        public TieKind getKind() { return kind; }
        public void setKind(TieKind kind) { this.kind = kind; }
        public LocalDate getFromDate() { return fromDate; }
        public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
        public LocalDate getToDate() { return toDate; }
        public void setToDate(LocalDate toDate) { this.toDate = toDate; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** The last day of a tie that went on. */
    public static class TieEnd {
        @NotNull
        private Long tieId;
        @NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate toDate;

        public Long getTieId() { return tieId; }
        public void setTieId(Long tieId) { this.tieId = tieId; }
        public LocalDate getToDate() { return toDate; }
        public void setToDate(LocalDate toDate) { this.toDate = toDate; }
    }
}
