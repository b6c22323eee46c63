package dk.ecei.web;

import dk.ecei.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Support staff's choice of expert and planned interview date (a bean for th:field, see {@link ClusterForm}). */
public class AssignForm {

    @NotBlank
    private String expert;
    @NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedInterviewDate;

    public String getExpert() { return expert; }
    public void setExpert(String expert) { this.expert = expert; }
    public LocalDate getPlannedInterviewDate() { return plannedInterviewDate; }
    public void setPlannedInterviewDate(LocalDate plannedInterviewDate) { this.plannedInterviewDate = plannedInterviewDate; }

    // A waiver of the conflict rule for one of the assessors (all three empty: none).
    @jakarta.validation.constraints.Size(max = 100)
    private String waiverAssessor;
    @jakarta.validation.constraints.Size(max = 2000)
    private String waiverReason;
    @jakarta.validation.constraints.Size(max = 200)
    private String waiverApprovedBy;

    public String getWaiverAssessor() { return waiverAssessor; }
    public void setWaiverAssessor(String waiverAssessor) { this.waiverAssessor = waiverAssessor; }
    public String getWaiverReason() { return waiverReason; }
    public void setWaiverReason(String waiverReason) { this.waiverReason = waiverReason; }
    public String getWaiverApprovedBy() { return waiverApprovedBy; }
    public void setWaiverApprovedBy(String waiverApprovedBy) { this.waiverApprovedBy = waiverApprovedBy; }

    /** The waiver the form asks for; null when its fields are all empty (the service refuses a half-filled one). */
    dk.ecei.assessment.AssessmentCommands.Waiver waiver() {
        return StepForms.isBlank(waiverAssessor) && StepForms.isBlank(waiverReason) && StepForms.isBlank(waiverApprovedBy) ? null
                : new dk.ecei.assessment.AssessmentCommands.Waiver(waiverAssessor == null ? "" : waiverAssessor.strip(),
                        waiverReason == null ? "" : waiverReason, waiverApprovedBy == null ? "" : waiverApprovedBy);
    }
}
