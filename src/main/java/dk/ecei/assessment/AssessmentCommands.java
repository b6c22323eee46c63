package dk.ecei.assessment;

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

    public record AssignExpert(@NotBlank @Size(max = 100) String expert, @NotNull LocalDate plannedInterviewDate) {
    }

    public record SaveAnswers(@NotNull Map<@NotBlank String, String> answers) {
    }

    public record SaveSuccessStories(@NotNull @Size(max = 3) List<@Valid @NotNull SuccessStory> stories) {
    }

    public record RequestClarification(@NotEmpty List<@NotBlank String> indicatorCodes,
            @NotBlank @Size(max = 4000) String question) {
    }

    /** The answer to the open clarification round, with any changed answers to the indicators it names. */
    public record AnswerClarification(@NotBlank @Size(max = 4000) String response, Map<@NotBlank String, String> answers) {
    }

    public record WriteReport(@NotNull LocalDate interviewDate,
            @NotNull Map<@NotBlank String, @Valid @NotNull ReportSection> groups,
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
}
