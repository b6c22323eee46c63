package dk.ecei.web;

import dk.ecei.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Support staff's new "valid from" date of a certificate and why (a bean for th:field, see {@link ClusterForm}). */
public class CertificateDateForm {

    @NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @NotBlank @Size(max = 1000)
    private String reason;

    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
