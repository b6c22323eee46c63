package dk.ecei.web;

import dk.ecei.assessment.AssessmentCommands;
import dk.ecei.assessment.AssessmentCommands.Approval;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the Silver and Gold steps, bound with {@code @ModelAttribute} and {@code th:field}. Their property
 * names are the API commands' ({@code auditDate}, {@code areas[0].indicatorCodes}, {@code scores[G1.2].note}), so a
 * rule the service reports for a field of its command lands on the same field of the form. They are beans, not
 * records, because the binder grows the nested lists and maps as the request names them.
 */
final class StepForms {

    private StepForms() {
    }

    /** Met or not met, and a note. */
    public static class Judgement {
        @NotNull
        private Boolean met;
        @NotBlank @Size(max = 4000)
        private String note;

        public Judgement() {
        }

        Judgement(Boolean met, String note) {
            this.met = met;
            this.note = note;
        }

        boolean touched() {
            return met != null || (note != null && !note.isBlank());
        }

        AssessmentCommands.Judgement command() {
            return new AssessmentCommands.Judgement(met, note == null ? null : note.strip());
        }

        public Boolean getMet() { return met; }
        public void setMet(Boolean met) { this.met = met; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** One Silver improvement area; a row left wholly empty is not an area. */
    public static class Area {
        private String title;
        private List<String> indicatorCodes = new ArrayList<>();
        private String whatChanged;
        private String evidence;

        boolean blank() {
            return isBlank(title) && indicatorCodes.isEmpty() && isBlank(whatChanged) && isBlank(evidence);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public List<String> getIndicatorCodes() { return indicatorCodes; }
        public void setIndicatorCodes(List<String> codes) {
            this.indicatorCodes = codes == null ? new ArrayList<>() : new ArrayList<>(codes.stream().filter(c -> !isBlank(c)).toList());
        }
        public String getWhatChanged() { return whatChanged; }
        public void setWhatChanged(String whatChanged) { this.whatChanged = whatChanged; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
    }

    /** The three improvement areas of a Silver application. */
    public static class ImprovementAreas {
        static final int AREAS = 3;
        private List<Area> areas = new ArrayList<>();

        /** Always the three rows of the form, whatever the request sent. */
        List<Area> rows() {
            while (areas.size() < AREAS) {
                areas.add(new Area());
            }
            return areas.subList(0, AREAS);
        }

        public List<Area> getAreas() { return areas; }
        public void setAreas(List<Area> areas) { this.areas = areas == null ? new ArrayList<>() : areas; }
    }

    /** The auditor's findings per area, the check of every minimum requirement, and the report. */
    public static class SilverAudit {
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate auditDate;
        @Valid
        private List<Judgement> areas = new ArrayList<>();
        @Valid
        private Map<String, Judgement> minimumRequirements = new LinkedHashMap<>();
        @Valid
        private Report report = new Report();

        public LocalDate getAuditDate() { return auditDate; }
        public void setAuditDate(LocalDate auditDate) { this.auditDate = auditDate; }
        public List<Judgement> getAreas() { return areas; }
        public void setAreas(List<Judgement> areas) { this.areas = areas; }
        public Map<String, Judgement> getMinimumRequirements() { return minimumRequirements; }
        public void setMinimumRequirements(Map<String, Judgement> checks) { this.minimumRequirements = checks; }
        public Report getReport() { return report; }
        public void setReport(Report report) { this.report = report; }
    }

    /** Findings and recommendations. */
    public static class Report {
        @NotBlank @Size(max = 20000)
        private String findings;
        @NotBlank @Size(max = 20000)
        private String recommendations;

        public String getFindings() { return findings; }
        public void setFindings(String findings) { this.findings = findings; }
        public String getRecommendations() { return recommendations; }
        public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    }

    /** One Gold expert's audit dates and a score for every indicator. */
    public static class Scores {
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate auditFrom;
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate auditUntil;
        @Valid
        private Map<String, Judgement> scores = new LinkedHashMap<>();

        public LocalDate getAuditFrom() { return auditFrom; }
        public void setAuditFrom(LocalDate auditFrom) { this.auditFrom = auditFrom; }
        public LocalDate getAuditUntil() { return auditUntil; }
        public void setAuditUntil(LocalDate auditUntil) { this.auditUntil = auditUntil; }
        public Map<String, Judgement> getScores() { return scores; }
        public void setScores(Map<String, Judgement> scores) { this.scores = scores; }
    }

    /** The lead expert's agreed final scores; only the rows that need one, or that were touched, count. */
    public static class Agreement {
        private Map<String, Judgement> scores = new LinkedHashMap<>();

        public Map<String, Judgement> getScores() { return scores; }
        public void setScores(Map<String, Judgement> scores) { this.scores = scores; }
    }

    /** The label committee's decision and its reason. */
    public static class Decision {
        @NotNull
        private Approval decision;
        @NotBlank @Size(max = 4000)
        private String reason;

        public Approval getDecision() { return decision; }
        public void setDecision(Approval decision) { this.decision = decision; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
