package dk.ecei.web;

import dk.ecei.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Support staff's choice of expert and planned interview date (a bean for th:field, see {@link ClusterForm}). */
public class AssignForm extends WaivableAssignmentForm {

    @NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedInterviewDate;

    public LocalDate getPlannedInterviewDate() { return plannedInterviewDate; }
    public void setPlannedInterviewDate(LocalDate plannedInterviewDate) { this.plannedInterviewDate = plannedInterviewDate; }
}
