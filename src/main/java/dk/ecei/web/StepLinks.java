package dk.ecei.web;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The page of each process step, so that the inbox and the assessment page lead straight to the form of a task.
 * Templates call it as {@code @steps}.
 */
@Component("steps")
class StepLinks {

    private static final Map<String, String> PAGES = Map.of(
            "Task_FillSelfAssessment", "/self-assessment",
            "Task_AnswerClarification", "",
            "Task_ReviewSelfAssessment", "/review",
            "Task_ReviewGapAnalysis", "/gap-analysis",
            "Task_DescribeImprovements", "/improvement-areas",
            "Task_AuditImprovements", "/silver-audit",
            "Task_ScoreIndicators", "/scores",
            "Task_AgreeFinalScores", "/final-scores",
            "Task_ApproveLabel", "/decision");

    public String link(String taskKey, Long assessmentId) {
        return "/assessments/" + assessmentId + PAGES.getOrDefault(taskKey, "");
    }

    /** The BPMN model an assessment of this level runs, for the diagram. */
    public String diagram(Object level) {
        return switch (String.valueOf(level)) {
            case "SILVER" -> "silver-assessment";
            case "GOLD" -> "gold-assessment";
            default -> "bronze-benchmarking";
        };
    }
}
