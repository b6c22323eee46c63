package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.label.LabelLevel;
import dk.ecei.security.CurrentUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The step catalogue against the BPMN models it describes, and the actions it allows each reader. */
class StepCatalogueTests {

    private static final Map<LabelLevel, String> MODELS = Map.of(LabelLevel.BRONZE, "bronze-benchmarking.bpmn",
            LabelLevel.SILVER, "silver-assessment.bpmn", LabelLevel.GOLD, "gold-assessment.bpmn");

    record UserTask(String id, String candidateGroups, String assignee, String dueDate) {
    }

    private static Map<String, UserTask> userTasks(LabelLevel level) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(Path.of("bpmn", MODELS.get(level)).toFile());
        NodeList nodes = document.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask");
        Map<String, UserTask> tasks = new LinkedHashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element task = (Element) nodes.item(i);
            String camunda = "http://camunda.org/schema/1.0/bpmn";
            tasks.put(task.getAttribute("id"), new UserTask(task.getAttribute("id"),
                    task.getAttributeNS(camunda, "candidateGroups"), task.getAttributeNS(camunda, "assignee"),
                    task.getAttributeNS(camunda, "dueDate")));
        }
        return tasks;
    }

    @Test
    void everyUserTaskOfEveryModelIsAStepOfItsLevelAndEveryStepIsATaskOfItsModel() throws Exception {
        for (LabelLevel level : LabelLevel.values()) {
            Map<String, UserTask> tasks = userTasks(level);
            assertThat(tasks).as(level + " model").isNotEmpty();
            tasks.keySet().forEach(key -> assertThat(Step.of(level, key)).as(level + " " + key).isPresent());
            Arrays.stream(Step.values()).filter(step -> step.level() == level)
                    .forEach(step -> assertThat(tasks).as(step.name()).containsKey(step.taskKey()));
        }
    }

    @Test
    void theHolderIsWhomTheModelGivesTheTask() throws Exception {
        for (Step step : Step.values()) {
            UserTask task = userTasks(step.level()).get(step.taskKey());
            switch (step.holder()) {
                case SUPPORT_STAFF, CLUSTER_MANAGER -> assertThat(task.candidateGroups()).as(step.name())
                        .isEqualTo(step.holder().role());
                case EXPERT, EACH_EXPERT -> assertThat(task.assignee()).as(step.name()).startsWith("${");
            }
        }
    }

    @Test
    void everyDueDateOfTheModelsNamesTheDeadlineOfItsOwnStep() throws Exception {
        Pattern due = Pattern.compile("ecei\\.due(?:After)?\\('([^']+)'");
        for (Step step : Step.values()) {
            Matcher m = due.matcher(userTasks(step.level()).get(step.taskKey()).dueDate());
            if (m.find()) {
                assertThat(m.group(1)).as(step.name()).isEqualTo(step.deadlineName());
            }
        }
        for (String model : MODELS.values()) {
            Matcher m = due.matcher(Files.readString(Path.of("bpmn", model)));
            while (m.find()) {
                assertThat(StepDeadlines.defaults().named(m.group(1))).as(model + " " + m.group(1)).isPositive();
            }
        }
    }

    @Test
    void eachOpenStatusOfEachLevelIsExactlyOneStep() {
        for (LabelLevel level : LabelLevel.values()) {
            for (AssessmentStatus status : AssessmentStatus.values()) {
                long steps = Arrays.stream(Step.values()).filter(s -> s.level() == level && s.status() == status).count();
                assertThat(steps).as(level + " " + status).isLessThanOrEqualTo(1);
                if (!status.isOpen()) {
                    assertThat(Step.at(level, status)).isEmpty();
                }
            }
        }
        assertThat(Step.at(LabelLevel.GOLD, AssessmentStatus.AUDIT)).contains(Step.SCORE_INDICATORS);
        assertThat(Step.at(LabelLevel.SILVER, AssessmentStatus.AUDIT)).contains(Step.AUDIT_IMPROVEMENTS);
        assertThat(Step.anyOf("Task_Nothing")).isEmpty();
    }

    @Test
    void deadlinesComeFromOneSettingPerStepWithTheCataloguesDefaults() {
        StepDeadlines deadlines = new StepDeadlines(Map.of("benchmark-review", Duration.ofDays(40)));
        assertThat(deadlines.of(Step.REVIEW_BENCHMARK)).isEqualTo(Duration.ofDays(40));
        assertThat(deadlines.of(Step.SCORE_INDICATORS)).isEqualTo(Step.SCORE_INDICATORS.defaultDeadline());
        assertThatThrownBy(() -> new StepDeadlines(Map.of("benchmark-reveiw", Duration.ofDays(40))))
                .hasMessageContaining("benchmark-reveiw");
        assertThatThrownBy(() -> new StepDeadlines(Map.of("audit", Duration.ZERO))).hasMessageContaining("positive");
        assertThatThrownBy(() -> deadlines.named("nothing")).isInstanceOf(IllegalArgumentException.class);

        Instant since = Instant.parse("2026-01-01T00:00:00Z");
        Instant justInTime = since.plus(Duration.ofDays(35));
        assertThat(StepDeadlines.defaults().overdue(LabelLevel.BRONZE, AssessmentStatus.UNDER_REVIEW, since, justInTime)).isFalse();
        assertThat(StepDeadlines.defaults().overdue(LabelLevel.BRONZE, AssessmentStatus.UNDER_REVIEW, since,
                justInTime.plusSeconds(1))).isTrue();
        assertThat(StepDeadlines.defaults().overdue(LabelLevel.BRONZE, AssessmentStatus.COMPLETED, since,
                since.plus(Duration.ofDays(3650)))).isFalse();
    }

    // --- allowed actions ---------------------------------------------------------------------------------------------

    private static final CurrentUser MANAGER = new CurrentUser("m", Set.of("cluster-manager"), Optional.of(7L));
    private static final CurrentUser OTHER_MANAGER = new CurrentUser("o", Set.of("cluster-manager"), Optional.of(8L));
    private static final CurrentUser SUPPORT = new CurrentUser("s", Set.of("support-staff"), Optional.empty());
    private static final CurrentUser LEAD = new CurrentUser("lead", Set.of("assessor"), Optional.empty());
    private static final CurrentUser SECOND = new CurrentUser("second", Set.of("assessor"), Optional.empty());

    private static Set<Action> actions(LabelLevel level, AssessmentStatus status, CurrentUser user, String... scoredBy) {
        return AllowedActions.of(new AllowedActions.Facts(level, status, 7L, "lead", "second", Set.of(scoredBy)), user);
    }

    @Test
    void theHolderOfTheOpenStepMayTakeItsActionsAndNobodyElse() {
        assertThat(actions(LabelLevel.BRONZE, AssessmentStatus.REQUESTED, SUPPORT))
                .containsExactlyInAnyOrder(Action.ASSIGN_EXPERT, Action.WITHDRAW);
        assertThat(actions(LabelLevel.GOLD, AssessmentStatus.REQUESTED, SUPPORT))
                .containsExactlyInAnyOrder(Action.ASSIGN_EXPERT_PAIR, Action.WITHDRAW);
        assertThat(actions(LabelLevel.BRONZE, AssessmentStatus.REQUESTED, MANAGER))
                .containsExactlyInAnyOrder(Action.EDIT_ANSWERS, Action.UPLOAD_EVIDENCE, Action.WITHDRAW);
        assertThat(actions(LabelLevel.SILVER, AssessmentStatus.REQUESTED, MANAGER))
                .containsExactlyInAnyOrder(Action.EDIT_IMPROVEMENT_AREAS, Action.WITHDRAW);
        assertThat(actions(LabelLevel.BRONZE, AssessmentStatus.SELF_ASSESSMENT, MANAGER)).contains(Action.SUBMIT);
        assertThat(actions(LabelLevel.BRONZE, AssessmentStatus.SELF_ASSESSMENT, OTHER_MANAGER)).isEmpty();
        assertThat(actions(LabelLevel.BRONZE, AssessmentStatus.UNDER_REVIEW, LEAD))
                .containsExactlyInAnyOrder(Action.REQUEST_CLARIFICATION, Action.WRITE_REPORT);
        assertThat(actions(LabelLevel.BRONZE, AssessmentStatus.UNDER_REVIEW, SECOND)).isEmpty();
        assertThat(actions(LabelLevel.BRONZE, AssessmentStatus.UNDER_REVIEW, MANAGER)).containsExactly(Action.WITHDRAW);
        assertThat(actions(LabelLevel.BRONZE, AssessmentStatus.CLARIFICATION_REQUESTED, MANAGER))
                .contains(Action.ANSWER_CLARIFICATION, Action.EDIT_ANSWERS).doesNotContain(Action.SUBMIT);
        assertThat(actions(LabelLevel.GOLD, AssessmentStatus.PRE_CHECK, MANAGER)).contains(Action.PROCEED_AFTER_GAP_ANALYSIS);
        assertThat(actions(LabelLevel.SILVER, AssessmentStatus.AUDIT, LEAD)).containsExactly(Action.RECORD_SILVER_AUDIT);
        assertThat(actions(LabelLevel.SILVER, AssessmentStatus.AWAITING_APPROVAL, SUPPORT)).contains(Action.DECIDE);
        assertThat(actions(LabelLevel.SILVER, AssessmentStatus.AWAITING_APPROVAL, LEAD)).isEmpty();
    }

    @Test
    void eachGoldExpertScoresOnceAndOnlyTheLeadRecordsTheAgreement() {
        assertThat(actions(LabelLevel.GOLD, AssessmentStatus.AUDIT, LEAD)).containsExactly(Action.SCORE_INDICATORS);
        assertThat(actions(LabelLevel.GOLD, AssessmentStatus.AUDIT, SECOND)).containsExactly(Action.SCORE_INDICATORS);
        assertThat(actions(LabelLevel.GOLD, AssessmentStatus.AUDIT, SECOND, "second")).isEmpty();
        assertThat(actions(LabelLevel.GOLD, AssessmentStatus.AUDIT, LEAD, "second")).containsExactly(Action.SCORE_INDICATORS);
        assertThat(actions(LabelLevel.GOLD, AssessmentStatus.AGREEING_SCORES, LEAD)).containsExactly(Action.AGREE_FINAL_SCORES);
        assertThat(actions(LabelLevel.GOLD, AssessmentStatus.AGREEING_SCORES, SECOND)).isEmpty();
    }

    @Test
    void aFinishedAssessmentAllowsNothing() {
        for (AssessmentStatus status : List.of(AssessmentStatus.COMPLETED, AssessmentStatus.NOT_AWARDED, AssessmentStatus.WITHDRAWN)) {
            for (CurrentUser user : List.of(MANAGER, SUPPORT, LEAD)) {
                assertThat(actions(LabelLevel.GOLD, status, user)).as(status + " " + user.username()).isEmpty();
            }
        }
    }
}
