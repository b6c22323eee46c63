package dk.ecei.web;

import dk.ecei.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Support staff's dates of a certificate and why (a bean for th:field, see {@link ClusterForm}): "valid from", and
 * "valid until" (the rule's date is filled in; empty keeps it).
 */
public class CertificateDateForm {

    @NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;
    @NotBlank @Size(max = 1000)
    private String reason;

    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
