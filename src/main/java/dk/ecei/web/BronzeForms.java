package dk.ecei.web;

import dk.ecei.assessment.AssessmentCommands;
import dk.ecei.assessment.ReportSection;
import dk.ecei.assessment.SuccessStory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The forms of the Bronze pages (self-assessment answers, success stories, clarification request and answer, the
 * report), bound with {@code @ModelAttribute} and {@code th:field}. Their property names are the commands'
 * ({@code answers[B1.1]}, {@code groups[B1].findings}, {@code indicatorCodes}), so a rule the service reports for a
 * field of its command lands on the same field of the form (see {@link RuleErrors}).
 */
final class BronzeForms {

    private BronzeForms() {
    }

    /**
     * One indicator group of the self-assessment. Beside each answer the page sends the value it showed
     * ({@code was[code]}), so that only the answers a person changed are saved and can clash, and the version it showed
     * ({@code versions[code]}, 0: none), so that a stale page is refused instead of overwriting a newer answer.
     */
    public static class Answers {
        private String group;
        private String next;
        private Map<String, String> answers = new LinkedHashMap<>();
        private Map<String, String> was = new LinkedHashMap<>();
        private Map<String, String> versions = new LinkedHashMap<>();

        /** The answers whose value differs from what the page showed (all of them where the page did not say). */
        Map<String, String> changed() {
            Map<String, String> changed = new LinkedHashMap<>();
            answers.forEach((code, value) -> {
                String shown = was.get(code);
                String typed = value == null ? "" : value;
                if (shown == null || !shown.strip().equals(typed.strip())) {
                    changed.put(code, typed);
                }
            });
            return changed;
        }

        /** The versions the page showed; a malformed one is left out (and then not checked). */
        Map<String, Long> shownVersions() {
            Map<String, Long> shown = new LinkedHashMap<>();
            versions.forEach((code, value) -> {
                if (value != null && value.matches("\\d{1,18}")) {
                    shown.put(code, Long.valueOf(value));
                }
            });
            return shown;
        }

        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public String getNext() { return next; }
        public void setNext(String next) { this.next = next; }
        public Map<String, String> getAnswers() { return answers; }
        public void setAnswers(Map<String, String> answers) { this.answers = answers; }
        public Map<String, String> getWas() { return was; }
        public void setWas(Map<String, String> was) { this.was = was; }
        public Map<String, String> getVersions() { return versions; }
        public void setVersions(Map<String, String> versions) { this.versions = versions; }
    }

    /** One success story; both parts or neither. */
    public static class Story {
        @Size(max = 200)
        private String title = "";
        @Size(max = 4000)
        private String description = "";

        public Story() {
        }

        Story(String title, String description) {
            this.title = title;
            this.description = description;
        }

        boolean blank() {
            return isBlank(title) && isBlank(description);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    /** The three success stories of a Bronze self-assessment; a story left wholly empty is no story. */
    public static class Stories {
        static final int COUNT = 3;

        private String group;
        @Valid
        private List<Story> stories = new ArrayList<>();

        static Stories of(List<SuccessStory> saved) {
            Stories form = new Stories();
            saved.forEach(s -> form.stories.add(new Story(s.title(), s.description())));
            form.fill();
            return form;
        }

        /** Always three rows on the page. */
        Stories fill() {
            while (stories.size() < COUNT) {
                stories.add(new Story());
            }
            return this;
        }

        /** A story needs a title and a description once either is given. */
        void check(BindingResult result) {
            for (int i = 0; i < stories.size(); i++) {
                Story story = stories.get(i);
                if (story.blank()) {
                    continue;
                }
                if (isBlank(story.title)) {
                    result.rejectValue("stories[" + i + "].title", "NotBlank");
                }
                if (isBlank(story.description)) {
                    result.rejectValue("stories[" + i + "].description", "NotBlank");
                }
            }
        }

        List<SuccessStory> command() {
            return stories.stream().filter(s -> !s.blank())
                    .map(s -> new SuccessStory(s.title.strip(), s.description.strip())).toList();
        }

        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public List<Story> getStories() { return stories; }
        public void setStories(List<Story> stories) { this.stories = stories; }
    }

    /** The cluster's answer to the open clarification round, with the answers it changes. */
    public static class ClarificationAnswer {
        @NotBlank @Size(max = 4000)
        private String response;
        private Map<String, String> answers = new LinkedHashMap<>();

        public String getResponse() { return response; }
        public void setResponse(String response) { this.response = response; }
        public Map<String, String> getAnswers() { return answers; }
        public void setAnswers(Map<String, String> answers) { this.answers = answers; }
    }

    /** The expert's question about some indicators. */
    public static class ClarificationRequest {
        @NotEmpty
        private List<String> indicatorCodes = new ArrayList<>();
        @NotBlank @Size(max = 4000)
        private String question;

        AssessmentCommands.RequestClarification command() {
            return new AssessmentCommands.RequestClarification(List.copyOf(indicatorCodes), question.strip());
        }

        public List<String> getIndicatorCodes() { return indicatorCodes; }
        public void setIndicatorCodes(List<String> codes) {
            this.indicatorCodes = codes == null ? new ArrayList<>() : new ArrayList<>(codes.stream().filter(c -> !isBlank(c)).toList());
        }
        public String getQuestion() { return question; }
        public void setQuestion(String question) { this.question = question; }
    }

    /** Findings and recommendations for one indicator group. */
    public static class Section {
        @NotBlank @Size(max = 4000)
        private String findings;
        @NotBlank @Size(max = 4000)
        private String recommendations;

        public Section() {
        }

        Section(String findings, String recommendations) {
            this.findings = findings;
            this.recommendations = recommendations;
        }

        boolean blank() {
            return isBlank(findings) && isBlank(recommendations);
        }

        public String getFindings() { return findings; }
        public void setFindings(String findings) { this.findings = findings; }
        public String getRecommendations() { return recommendations; }
        public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    }

    /**
     * The expert's report: the interview date, findings and recommendations for every indicator group, a summary.
     * Saved as a draft as often as the expert likes; written (which ends the benchmark) only when complete.
     */
    public static class Report {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate interviewDate;
        @Valid
        private Map<String, Section> groups = new LinkedHashMap<>();
        @Size(max = 4000)
        private String summary;

        AssessmentCommands.WriteReport command() {
            Map<String, ReportSection> sections = new LinkedHashMap<>();
            groups.forEach((code, s) -> sections.put(code, new ReportSection(strip(s.findings), strip(s.recommendations))));
            return new AssessmentCommands.WriteReport(interviewDate, sections, isBlank(summary) ? null : summary.strip());
        }

        /** What the expert wrote so far: groups left wholly empty are left out. */
        AssessmentCommands.WriteReport draft() {
            Map<String, ReportSection> sections = new LinkedHashMap<>();
            groups.forEach((code, s) -> {
                if (!s.blank()) {
                    sections.put(code, new ReportSection(strip(s.findings), strip(s.recommendations)));
                }
            });
            return new AssessmentCommands.WriteReport(interviewDate, sections, isBlank(summary) ? null : summary.strip());
        }

        public LocalDate getInterviewDate() { return interviewDate; }
        public void setInterviewDate(LocalDate interviewDate) { this.interviewDate = interviewDate; }
        public Map<String, Section> getGroups() { return groups; }
        public void setGroups(Map<String, Section> groups) { this.groups = groups; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
