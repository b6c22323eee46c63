package dk.ecei.dashboard;

import dk.ecei.label.LabelLevel;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import dk.ecei.shared.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the dashboard answers; each view also knows how it looks as tables for the CSV and Excel exports. */
public final class DashboardViews {

    private DashboardViews() {
    }

    /** Distinct clusters holding each level. */
    public record LevelCounts(int gold, int silver, int bronze) {

        public static final LevelCounts NONE = new LevelCounts(0, 0, 0);

        public int of(LabelLevel level) {
            return switch (level) {
                case GOLD -> gold;
                case SILVER -> silver;
                case BRONZE -> bronze;
            };
        }

        LevelCounts with(LabelLevel level, int count) {
            return switch (level) {
                case GOLD -> new LevelCounts(count, silver, bronze);
                case SILVER -> new LevelCounts(gold, count, bronze);
                case BRONZE -> new LevelCounts(gold, silver, count);
            };
        }
    }

    /** The label goal and how far the counts are from it (missing is 0 once met). */
    public record GoalStatus(int goldGoal, int silverGoal, boolean goldMet, boolean silverMet, int goldMissing,
            int silverMissing) {

        static GoalStatus of(LevelCounts counts, GoalSettings goals) {
            return new GoalStatus(goals.gold(), goals.silver(), counts.gold() >= goals.gold(),
                    counts.silver() >= goals.silver(), Math.max(0, goals.gold() - counts.gold()),
                    Math.max(0, goals.silver() - counts.silver()));
        }
    }

    /** Counts of one field or region; key UNKNOWN for clusters without a region. */
    public record GroupCounts(String key, int gold, int silver, int bronze) {
    }

    public record CountsView(LocalDate date, LevelCounts total, GoalStatus goal, List<GroupCounts> byField,
            List<GroupCounts> byRegion) {

        List<Table> tables() {
            List<List<Object>> total = List.of(List.of(date, this.total.gold(), this.total.silver(), this.total.bronze(),
                    goal.goldGoal(), goal.silverGoal(), goal.goldMet(), goal.silverMet()));
            return List.of(
                    new Table("Counts " + date, List.of("date", "gold", "silver", "bronze", "gold_goal", "silver_goal",
                            "gold_goal_met", "silver_goal_met"), total),
                    groups("By field", "field", byField),
                    groups("By region", "region", byRegion));
        }

        private Table groups(String name, String key, List<GroupCounts> groups) {
            return new Table(name, List.of("date", key, "gold", "silver", "bronze"), groups.stream()
                    .map(g -> List.<Object>of(date, g.key(), g.gold(), g.silver(), g.bronze())).toList());
        }
    }

    /** One point of a series: the counts on the last day of a month, nationally (group ALL) or of one group. */
    public record SeriesPoint(LocalDate date, String group, int gold, int silver, int bronze) {
    }

    public record SeriesView(String from, String to, String by, int goldGoal, int silverGoal, List<SeriesPoint> points) {

        List<Table> tables() {
            return List.of(new Table("Series", List.of("date", by == null ? "group" : by, "gold", "silver", "bronze",
                    "gold_goal", "silver_goal"), points.stream()
                    .map(p -> List.<Object>of(p.date(), p.group(), p.gold(), p.silver(), p.bronze(), goldGoal, silverGoal))
                    .toList()));
        }
    }

    /** An assessment in progress: who holds it, how old it is, and whether its current step is overdue. */
    public record OpenAssessment(Long id, Long clusterId, String clusterName, LabelLevel level, String status,
            Instant requestedAt, long ageDays, Instant inStepSince, long daysInStep, String holder, String expert,
            String secondExpert, LocalDate plannedInterviewDate, boolean overdue) {

        /** The assigned experts: one, or two for a Gold audit. */
        public List<String> experts() {
            return java.util.stream.Stream.of(expert, secondExpert).filter(java.util.Objects::nonNull).toList();
        }

        static final List<String> COLUMNS = List.of("assessment_id", "cluster_id", "cluster", "level", "status",
                "requested_at", "age_days", "in_step_since", "days_in_step", "holder", "expert", "second_expert",
                "planned_interview_date", "overdue");

        List<Object> row() {
            List<Object> row = new ArrayList<>();
            row.add(id);
            row.add(clusterId);
            row.add(clusterName);
            row.add(level.name());
            row.add(status);
            row.add(requestedAt);
            row.add(ageDays);
            row.add(inStepSince);
            row.add(daysInStep);
            row.add(holder);
            row.add(expert);
            row.add(secondExpert);
            row.add(plannedInterviewDate);
            row.add(overdue);
            return row;
        }
    }

    /** How many assessments of a level are at a step, and how old they are (days since the request). */
    public record StepCount(LabelLevel level, String status, int count, long oldestAgeDays, long averageAgeDays,
            int overdue) {
    }

    public record PipelineView(LocalDate today, List<StepCount> steps, List<OpenAssessment> assessments) {

        /** As the API answers it: the counts by step complete, the assessments one page. */
        PipelinePage page(PageQuery query) {
            return new PipelinePage(today, steps, ListPage.slice(assessments, query));
        }

        List<Table> tables() {
            return List.of(
                    new Table("Pipeline by step", List.of("level", "status", "count", "oldest_age_days",
                            "average_age_days", "overdue"), steps.stream().map(s -> List.<Object>of(s.level().name(),
                            s.status(), s.count(), s.oldestAgeDays(), s.averageAgeDays(), s.overdue())).toList()),
                    new Table("Assessments in progress", OpenAssessment.COLUMNS,
                            assessments.stream().map(OpenAssessment::row).toList()));
        }
    }

    /**
     * The counts of one level at the forecast date: held today, lost by then because they expire unrenewed, won
     * from the assessments in progress, and the forecast itself.
     */
    public record LevelForecast(LabelLevel level, int today, int expiring, int fromPipeline, int forecast, Integer goal,
            Boolean goalMet) {
    }

    public record ForecastView(LocalDate today, LocalDate date, List<LevelForecast> levels) {

        List<Table> tables() {
            return List.of(new Table("Forecast " + date, List.of("today", "date", "level", "held_today",
                    "expiring_unrenewed", "from_pipeline", "forecast", "goal", "goal_met"), levels.stream()
                    .map(l -> java.util.Arrays.<Object>asList(today, date, l.level().name(), l.today(), l.expiring(),
                            l.fromPipeline(), l.forecast(), l.goal(), l.goalMet())).toList()));
        }
    }

    /** RENEWED: a later label of the same level exists; IN_PROGRESS: an assessment is open; else NOT_STARTED. */
    public enum RenewalStatus {
        RENEWED, IN_PROGRESS, NOT_STARTED
    }

    public record ExpiringLabel(Long labelId, Long clusterId, String clusterName, LabelLevel level, LocalDate validUntil,
            long daysLeft, RenewalStatus renewal, LocalDate renewedUntil, Long openAssessmentId,
            LabelLevel openAssessmentLevel, String openAssessmentStatus) {
    }

    public record ExpiringView(LocalDate today, LocalDate until, List<ExpiringLabel> labels) {

        ExpiringPage page(PageQuery query) {
            return new ExpiringPage(today, until, ListPage.slice(labels, query));
        }

        List<Table> tables() {
            return List.of(new Table("Expiring labels", List.of("label_id", "cluster_id", "cluster", "level",
                    "valid_until", "days_left", "renewal", "renewed_until", "open_assessment_id",
                    "open_assessment_level", "open_assessment_status"), labels.stream()
                    .map(l -> java.util.Arrays.<Object>asList(l.labelId(), l.clusterId(), l.clusterName(),
                            l.level().name(), l.validUntil(), l.daysLeft(), l.renewal().name(), l.renewedUntil(),
                            l.openAssessmentId(), l.openAssessmentLevel() == null ? null : l.openAssessmentLevel().name(),
                            l.openAssessmentStatus())).toList()));
        }
    }

    /** An expert's open assignments by level, how many are overdue, and since when the oldest has waited. */
    public record ExpertLoad(String expert, int open, int bronze, int silver, int gold, int overdue,
            Instant oldestInStepSince) {
    }

    public record WorkloadView(LocalDate today, List<ExpertLoad> experts, int unassignedRequests,
            List<OpenAssessment> overdue) {

        /** The experts one page and the overdue assessments one page (each with its total). */
        WorkloadPage page(PageQuery expertsQuery, PageQuery overdueQuery) {
            return new WorkloadPage(today, ListPage.slice(experts, expertsQuery), unassignedRequests,
                    ListPage.slice(overdue, overdueQuery));
        }

        List<Table> tables() {
            return List.of(
                    new Table("Assessor workload", List.of("expert", "open", "bronze", "silver", "gold", "overdue",
                            "oldest_in_step_since"), experts.stream().map(e -> List.<Object>of(e.expert(), e.open(),
                            e.bronze(), e.silver(), e.gold(), e.overdue(), e.oldestInStepSince())).toList()),
                    new Table("Overdue", OpenAssessment.COLUMNS, overdue.stream().map(OpenAssessment::row).toList()));
        }
    }

    /** The pipeline as the API answers it (JSON): every count by step, one page of the assessments in progress. */
    public record PipelinePage(LocalDate today, List<StepCount> steps, ListPage<OpenAssessment> assessments) {
    }

    /** The labels expiring as the API answers it: one page of them with their total. */
    public record ExpiringPage(LocalDate today, LocalDate until, ListPage<ExpiringLabel> labels) {
    }

    /** The workload as the API answers it: one page of the experts, one of the overdue assessments. */
    public record WorkloadPage(LocalDate today, ListPage<ExpertLoad> experts, int unassignedRequests,
            ListPage<OpenAssessment> overdue) {
    }

    /** A line of the public label register. */
    public record RegisterEntry(Long labelId, Long clusterId, String clusterName, LabelLevel level, LocalDate awardedOn,
            LocalDate validUntil, String region, List<String> fields) {
    }

    static Table registerTable(LocalDate validOn, List<RegisterEntry> entries) {
        return new Table("Label register " + validOn, List.of("cluster_id", "cluster", "level", "awarded_on",
                "valid_until", "region", "fields"), entries.stream()
                .map(e -> java.util.Arrays.<Object>asList(e.clusterId(), e.clusterName(), e.level().name(),
                        e.awardedOn(), e.validUntil(), e.region(), String.join(";", e.fields()))).toList());
    }
}
