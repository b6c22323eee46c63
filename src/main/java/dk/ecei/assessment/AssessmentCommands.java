package dk.ecei.assessment;

import dk.ecei.shared.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The form data of each step, as it arrives over the API. */
public final class AssessmentCommands {

    private AssessmentCommands() {
    }

    public record RequestBenchmark(@NotNull Long clusterId) {
    }

    public record AssignExpert(@NotBlank @Size(max = 100) String expert, @NotNull @PlausibleDate LocalDate plannedInterviewDate,
            @Valid Waiver waiver) {

        public AssignExpert(String expert, LocalDate plannedInterviewDate) {
            this(expert, plannedInterviewDate, null);
        }
    }

    /**
     * A waiver of the conflict rule for one of the assessors being assigned: why, and who approved it (not the one who
     * records it). Only ties to the cluster can be waived; qualifications and the Gold pair's rules cannot.
     */
    public record Waiver(@NotBlank @Size(max = 100) String assessor, @NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 200) String approvedBy) {
    }

    /** The answers to save; {@code versions} the version of each answer last read (0: none), checked when given. */
    public record SaveAnswers(@NotNull @Size(max = 200) Map<@NotBlank @Size(max = 20) String, @Size(max = 4000) String> answers,
            @Size(max = 200) Map<@NotBlank @Size(max = 20) String, Long> versions) {
    }

    public record SaveSuccessStories(@NotNull @Size(max = 3) List<@Valid @NotNull SuccessStory> stories) {
    }

    public record RequestClarification(@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 20) String> indicatorCodes,
            @NotBlank @Size(max = 4000) String question) {
    }

    /** The answer to the open clarification round, with any changed answers to the indicators it names. */
    public record AnswerClarification(@NotBlank @Size(max = 4000) String response,
            @Size(max = 200) Map<@NotBlank @Size(max = 20) String, @Size(max = 4000) String> answers) {
    }

    public record WriteReport(@NotNull @PlausibleDate LocalDate interviewDate,
            @NotNull @Size(max = 50) Map<@NotBlank @Size(max = 20) String, @Valid @NotNull ReportSection> groups,
            @Size(max = 4000) String summary) {
    }

    public record Withdraw(@NotBlank @Size(max = 1000) String reason) {
    }

    /** The review step ends either with a clarification request or with the report. */
    public record ReviewDecision(@NotNull Decision decision, @Valid RequestClarification clarification,
            @Valid WriteReport report) {
    }

    public enum Decision {
        CLARIFY, REPORT
    }

    /** Gold: the two experts of the audit and its planned first day. */
    public record AssignExperts(@NotBlank @Size(max = 100) String expert, @NotBlank @Size(max = 100) String secondExpert,
            @NotNull @PlausibleDate LocalDate plannedAuditDate, @Valid Waiver waiver) {

        public AssignExperts(String expert, String secondExpert, LocalDate plannedAuditDate) {
            this(expert, secondExpert, plannedAuditDate, null);
        }
    }

    /** Silver: one improvement area, tied to Gold indicators, with what changed and the evidence for it. */
    public record ImprovementAreaForm(@NotBlank @Size(max = 200) String title,
            @NotEmpty @Size(max = 31) List<@NotBlank @Size(max = 20) String> indicatorCodes,
            @NotBlank @Size(max = 4000) String whatChanged, @NotBlank @Size(max = 4000) String evidence) {
    }

    public record SaveImprovementAreas(@NotNull @Size(max = 3) List<@Valid @NotNull ImprovementAreaForm> areas) {
    }

    /** Met or not met, with a note that says why. */
    public record Judgement(@NotNull Boolean met, @NotBlank @Size(max = 4000) String note) {
    }

    /** Silver: the auditor's finding per improvement area (in their order), the check of every minimum requirement and the report. */
    public record SilverAudit(@NotNull @PlausibleDate LocalDate auditDate, @NotNull @Size(max = 10) List<@Valid @NotNull Judgement> areas,
            @NotNull @Size(max = 100) Map<@NotBlank @Size(max = 20) String, @Valid @NotNull Judgement> minimumRequirements,
            @NotNull @Valid ReportSection report) {
    }

    /** Gold: one expert's score of every indicator and the audit dates. */
    public record ScoreIndicators(@NotNull @PlausibleDate LocalDate auditFrom, @NotNull @PlausibleDate LocalDate auditUntil,
            @NotNull @Size(max = 200) Map<@NotBlank @Size(max = 20) String, @Valid @NotNull Judgement> scores) {
    }

    /** Gold: the final scores the experts agreed where they differed (after a send back: any they revise). */
    public record AgreeFinalScores(@NotNull @Size(max = 200) Map<@NotBlank @Size(max = 20) String, @Valid @NotNull Judgement> scores) {
    }

    /** Support staff (the label committee) approve the recommendation or send it back, always with a reason. */
    public record LabelDecision(@NotNull Approval decision, @NotBlank @Size(max = 4000) String reason) {
    }

    /**
     * The approval body's decision on several recommendations at one meeting: the same decision and reason for each,
     * kept with the meeting's name and day.
     */
    public record BatchDecision(@NotEmpty @Size(max = 200) List<@NotNull Long> assessmentIds, @NotNull Approval decision,
            @NotBlank @Size(max = 4000) String reason, @NotBlank @Size(max = 200) String meetingName,
            @NotNull @PlausibleDate LocalDate meetingDate) {
    }

    /** An observer to attach to an audit: their user name and the organisation they come from. */
    public record AttachObserver(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String organisation) {
    }

    public enum Approval {
        APPROVE, SEND_BACK
    }
}
