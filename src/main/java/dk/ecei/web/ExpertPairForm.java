package dk.ecei.web;

import dk.ecei.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Support staff's choice of the two Gold experts and the planned first audit day (a bean for th:field, see {@link ClusterForm}). */
public class ExpertPairForm extends WaivableAssignmentForm {

    @NotBlank
    private String secondExpert;
    @NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedAuditDate;

    public String getSecondExpert() { return secondExpert; }
    public void setSecondExpert(String secondExpert) { this.secondExpert = secondExpert; }
    public LocalDate getPlannedAuditDate() { return plannedAuditDate; }
    public void setPlannedAuditDate(LocalDate plannedAuditDate) { this.plannedAuditDate = plannedAuditDate; }
}
