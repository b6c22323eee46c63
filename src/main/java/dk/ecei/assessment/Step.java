package dk.ecei.assessment;

import static dk.ecei.assessment.AssessmentStatus.*;
import static dk.ecei.label.LabelLevel.*;

import dk.ecei.label.LabelLevel;
import dk.ecei.security.Roles;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The step catalogue: every human task of the three assessment processes, in one place. For each BPMN task key (per
 * level, since Bronze and Gold share {@code Task_FillSelfAssessment} and Silver and Bronze {@code Task_AssignExpert})
 * it says which status the assessment is in while the task is open, which page the task is done on, who holds it,
 * the name of its deadline setting ({@code ecei.steps.deadlines.<name>}, also used by {@code ${ecei.due('<name>')}}
 * in the models) with its default, and what the holder may do there. The inbox, the assessment page, the dashboard's
 * holder and overdue flag, the task API and the due dates all read it; nothing else maps a task key.
 */
public enum Step {

    ASSIGN_BENCHMARK_EXPERT(BRONZE, "Task_AssignExpert", REQUESTED, "", Holder.SUPPORT_STAFF, "benchmark-assignment",
            Duration.ofDays(7), EnumSet.of(Action.ASSIGN_EXPERT)),
    FILL_BENCHMARK_SELF_ASSESSMENT(BRONZE, "Task_FillSelfAssessment", SELF_ASSESSMENT, "/self-assessment",
            Holder.CLUSTER_MANAGER, "benchmark-self-assessment", Duration.ofDays(30),
            EnumSet.of(Action.EDIT_ANSWERS, Action.UPLOAD_EVIDENCE, Action.SUBMIT)),
    REVIEW_BENCHMARK(BRONZE, "Task_ReviewSelfAssessment", UNDER_REVIEW, "/review", Holder.EXPERT, "benchmark-review",
            Duration.ofDays(35), EnumSet.of(Action.REQUEST_CLARIFICATION, Action.WRITE_REPORT)),
    ANSWER_CLARIFICATION(BRONZE, "Task_AnswerClarification", CLARIFICATION_REQUESTED, "", Holder.CLUSTER_MANAGER,
            "benchmark-clarification", Duration.ofDays(14),
            EnumSet.of(Action.ANSWER_CLARIFICATION, Action.EDIT_ANSWERS, Action.UPLOAD_EVIDENCE)),
    /** Only where the body approves Bronze ({@code ecei.approval.bronze}); the same deadline as Silver's and Gold's. */
    APPROVE_BRONZE(BRONZE, "Task_ApproveLabel", AWAITING_APPROVAL, "/decision", Holder.SUPPORT_STAFF, "approval",
            Duration.ofDays(14), EnumSet.of(Action.DECIDE)),

    ASSIGN_SILVER_AUDITOR(SILVER, "Task_AssignExpert", REQUESTED, "", Holder.SUPPORT_STAFF, "assignment",
            Duration.ofDays(7), EnumSet.of(Action.ASSIGN_EXPERT)),
    DESCRIBE_IMPROVEMENTS(SILVER, "Task_DescribeImprovements", SELF_ASSESSMENT, "/improvement-areas",
            Holder.CLUSTER_MANAGER, "improvements", Duration.ofDays(30),
            EnumSet.of(Action.EDIT_IMPROVEMENT_AREAS, Action.SUBMIT)),
    AUDIT_IMPROVEMENTS(SILVER, "Task_AuditImprovements", AUDIT, "/silver-audit", Holder.EXPERT, "audit",
            Duration.ofDays(30), EnumSet.of(Action.RECORD_SILVER_AUDIT)),
    APPROVE_SILVER(SILVER, "Task_ApproveLabel", AWAITING_APPROVAL, "/decision", Holder.SUPPORT_STAFF, "approval",
            Duration.ofDays(14), EnumSet.of(Action.DECIDE)),

    REVIEW_GAP_ANALYSIS(GOLD, "Task_ReviewGapAnalysis", PRE_CHECK, "/gap-analysis", Holder.CLUSTER_MANAGER,
            "gap-analysis", Duration.ofDays(30),
            EnumSet.of(Action.EDIT_ANSWERS, Action.UPLOAD_EVIDENCE, Action.PROCEED_AFTER_GAP_ANALYSIS)),
    ASSIGN_GOLD_EXPERTS(GOLD, "Task_AssignExperts", REQUESTED, "", Holder.SUPPORT_STAFF, "assignment",
            Duration.ofDays(7), EnumSet.of(Action.ASSIGN_EXPERT_PAIR)),
    FILL_GOLD_SELF_ASSESSMENT(GOLD, "Task_FillSelfAssessment", SELF_ASSESSMENT, "/self-assessment",
            Holder.CLUSTER_MANAGER, "self-assessment", Duration.ofDays(21),
            EnumSet.of(Action.EDIT_ANSWERS, Action.UPLOAD_EVIDENCE, Action.SUBMIT)),
    SCORE_INDICATORS(GOLD, "Task_ScoreIndicators", AUDIT, "/scores", Holder.EACH_EXPERT, "scoring", Duration.ofDays(14),
            EnumSet.of(Action.SCORE_INDICATORS)),
    AGREE_FINAL_SCORES(GOLD, "Task_AgreeFinalScores", AGREEING_SCORES, "/final-scores", Holder.EXPERT,
            "agreement", Duration.ofDays(7), EnumSet.of(Action.AGREE_FINAL_SCORES)),
    APPROVE_GOLD(GOLD, "Task_ApproveLabel", AWAITING_APPROVAL, "/decision", Holder.SUPPORT_STAFF, "approval",
            Duration.ofDays(14), EnumSet.of(Action.DECIDE));

    /** Who must act while the step is open. */
    public enum Holder {
        SUPPORT_STAFF(Roles.SUPPORT_STAFF), CLUSTER_MANAGER(Roles.CLUSTER_MANAGER),
        /** The assigned expert (of a Gold audit: the first, lead expert). */
        EXPERT(Roles.ASSESSOR),
        /** Each of the two Gold experts, with a task of their own, until they have done it. */
        EACH_EXPERT(Roles.ASSESSOR);

        private final String role;

        Holder(String role) {
            this.role = role;
        }

        /** The Keycloak role (and BPMN candidate group) of whoever holds the step. */
        public String role() {
            return role;
        }
    }

    private final LabelLevel level;
    private final String taskKey;
    private final AssessmentStatus status;
    private final String page;
    private final Holder holder;
    private final String deadlineName;
    private final Duration defaultDeadline;
    private final Set<Action> actions;

    Step(LabelLevel level, String taskKey, AssessmentStatus status, String page, Holder holder, String deadlineName,
            Duration defaultDeadline, Set<Action> actions) {
        this.level = level;
        this.taskKey = taskKey;
        this.status = status;
        this.page = page;
        this.holder = holder;
        this.deadlineName = deadlineName;
        this.defaultDeadline = defaultDeadline;
        this.actions = actions;
    }

    /** The key of the BPMN model an assessment of this level runs (its diagram, its steps' names). */
    public static String processKey(LabelLevel level) {
        return switch (level) {
            case BRONZE -> BronzeProcess.KEY;
            case SILVER -> SilverGoldProcess.SILVER_KEY;
            case GOLD -> SilverGoldProcess.GOLD_KEY;
        };
    }

    /** The step of a task of an assessment of this level; empty for a task key the catalogue does not know. */
    public static Optional<Step> of(LabelLevel level, String taskKey) {
        return Arrays.stream(values()).filter(s -> s.level == level && s.taskKey.equals(taskKey)).findFirst();
    }

    /** The step an assessment of this level is at in this status; empty for a final status. */
    public static Optional<Step> at(LabelLevel level, AssessmentStatus status) {
        return Optional.ofNullable(ByStatus.STEPS.get(level).get(status));
    }

    /** The steps by level and status, looked up once per row of the dashboard's lists. */
    private static final class ByStatus {
        private static final Map<LabelLevel, Map<AssessmentStatus, Step>> STEPS = new EnumMap<>(LabelLevel.class);

        static {
            for (LabelLevel level : LabelLevel.values()) {
                STEPS.put(level, new EnumMap<>(AssessmentStatus.class));
            }
            for (Step step : values()) {
                STEPS.get(step.level).putIfAbsent(step.status, step); // the first, as the stream's findFirst found it
            }
        }
    }

    /** The step of a task key at any level, for callers that know only the task (the page is the same at every level). */
    public static Optional<Step> anyOf(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }

    public LabelLevel level() {
        return level;
    }

    public String taskKey() {
        return taskKey;
    }

    public AssessmentStatus status() {
        return status;
    }

    /** The path of the step's page below {@code /assessments/{id}}; empty: the assessment page itself. */
    public String page() {
        return page;
    }

    public String link(Long assessmentId) {
        return "/assessments/" + assessmentId + page;
    }

    public Holder holder() {
        return holder;
    }

    public String deadlineName() {
        return deadlineName;
    }

    public Duration defaultDeadline() {
        return defaultDeadline;
    }

    /** What the holder may do while the step is open. */
    public Set<Action> actions() {
        return actions;
    }
}
