package dk.ecei.web;

import dk.ecei.assessment.AssessmentCommands.Approval;
import dk.ecei.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The approval body's decision at a meeting on the recommendations ticked in the list (a bean for th:field). */
public class ApprovalForm {

    @NotEmpty @Size(max = 200)
    private List<Long> assessmentIds = new ArrayList<>();
    @NotNull
    private Approval decision;
    @NotBlank @Size(max = 4000)
    private String reason;
    @NotBlank @Size(max = 200)
    private String meetingName;
    @NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate meetingDate;

    public List<Long> getAssessmentIds() { return assessmentIds; }
    public void setAssessmentIds(List<Long> assessmentIds) { this.assessmentIds = assessmentIds; }
    public Approval getDecision() { return decision; }
    public void setDecision(Approval decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getMeetingName() { return meetingName; }
    public void setMeetingName(String meetingName) { this.meetingName = meetingName; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }
}
