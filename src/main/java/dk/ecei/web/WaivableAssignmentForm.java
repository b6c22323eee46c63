package dk.ecei.web;

import dk.ecei.assessment.AssessmentCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What every assignment form has: the (first) expert and an optional waiver of the conflict rule for one of the
 * assessors being assigned (all three waiver fields empty: none). A bean for th:field, see {@link ClusterForm}.
 */
abstract class WaivableAssignmentForm {

    @NotBlank
    private String expert;
    @Size(max = 100)
    private String waiverAssessor;
    @Size(max = 2000)
    private String waiverReason;
    @Size(max = 200)
    private String waiverApprovedBy;

    public String getExpert() { return expert; }
    public void setExpert(String expert) { this.expert = expert; }
    public String getWaiverAssessor() { return waiverAssessor; }
    public void setWaiverAssessor(String waiverAssessor) { this.waiverAssessor = waiverAssessor; }
    public String getWaiverReason() { return waiverReason; }
    public void setWaiverReason(String waiverReason) { this.waiverReason = waiverReason; }
    public String getWaiverApprovedBy() { return waiverApprovedBy; }
    public void setWaiverApprovedBy(String waiverApprovedBy) { this.waiverApprovedBy = waiverApprovedBy; }

    /** The waiver the form asks for; null when its fields are all empty (the service refuses a half-filled one). */
    AssessmentCommands.Waiver waiver() {
        return StepForms.isBlank(waiverAssessor) && StepForms.isBlank(waiverReason) && StepForms.isBlank(waiverApprovedBy) ? null
                : new AssessmentCommands.Waiver(waiverAssessor == null ? "" : waiverAssessor.strip(),
                        waiverReason == null ? "" : waiverReason, waiverApprovedBy == null ? "" : waiverApprovedBy);
    }
}
