package dk.ecei.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;

import dk.ecei.support.ModelTestEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Instances of the assessment models as deployed before issue 10 (src/test/resources/bpmn-before-issue-10) are moved
 * on at start-up: those waiting in the old label tail end, the others continue on the latest version.
 */
class EndSupersededLabelTailsTests {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    private final List<String> deployments = new ArrayList<>();

    /** The due dates of the Silver and Gold tasks, as ProcessExpressions gives them. */
    public static final class Due {

        public Date due(String step) {
            return Date.from(Instant.parse("2026-04-01T09:00:00Z"));
        }

        public Date dueAfter(String step, Object plannedDay) {
            return due(step);
        }

        public List<String> experts(String expert, String secondExpert) {
            return List.of(expert, secondExpert);
        }

        /** As by default: Silver and Gold have their approval step, Bronze none (ecei.approval.bronze off). */
        public boolean approvalRequired(String level) {
            return !"BRONZE".equals(level);
        }
    }

    @BeforeEach
    void mockDelegates() {
        init(engine.getProcessEngine());
        ModelTestEngine.setTime(Instant.parse("2026-03-02T09:00:00Z"));
        for (String name : List.of("escalateAssignmentDelegate", "awardLabelDelegate", "remindOverdueDelegate",
                "remindLabelExpiryDelegate", "expireLabelDelegate")) {
            Mocks.register(name, mock(JavaDelegate.class));
        }
        Mocks.register("ecei", new Due());
    }

    @AfterEach
    void reset() {
        deployments.forEach(id -> repositoryService().deleteDeployment(id, true, true));
        Mocks.reset();
        ModelTestEngine.resetTime();
    }

    private void deploy(String folder) {
        var deployment = repositoryService().createDeployment().name(folder);
        for (String model : List.of("bronze-benchmarking", "silver-assessment", "gold-assessment")) {
            deployment.addClasspathResource(folder + "/" + model + ".bpmn");
        }
        deployments.add(deployment.deploy().getId());
    }

    private static ProcessInstance start(String key) {
        return runtimeService().startProcessInstanceByKey(key, Map.of("assessmentId", 1L, "clusterId", 2L,
                "assignmentEscalationAfter", "P7D",
                "expiryReminderAt", Date.from(Instant.parse("2028-01-01T08:00:00Z")),
                "labelExpiresAt", Date.from(Instant.parse("2028-04-01T00:00:00Z"))));
    }

    @Test
    void instancesInTheOldLabelTailEndAndTheOthersMoveToTheLatestVersion() {
        deploy("bpmn-before-issue-10");
        ProcessInstance inTail = start("bronze-benchmarking");
        complete(task(inTail), withVariables("expert", "assessor1"));
        complete(task(inTail));
        complete(task(inTail), withVariables("decision", "REPORT"));
        assertThat(inTail).isWaitingAt("Timer_ExpiryReminder");
        ProcessInstance filling = start("bronze-benchmarking");
        complete(task(filling), withVariables("expert", "assessor1"));
        ProcessInstance auditing = start("silver-assessment");
        complete(task(auditing), withVariables("expert", "assessor1"));
        complete(task(auditing));
        ProcessInstance scoring = start("gold-assessment");
        complete(task(scoring));
        complete(task(scoring), withVariables("expert", "assessor1", "secondExpert", "assessor2"));
        complete(task(scoring));
        assertThat(scoring).isWaitingAt("Task_ScoreIndicators");
        deploy("bpmn");

        EndSupersededLabelTails.Outcome outcome = new EndSupersededLabelTails(runtimeService(), repositoryService())
                .moveEarlierVersions();

        assertThat(outcome).isEqualTo(new EndSupersededLabelTails.Outcome(1, 3, 0));
        assertThat(inTail).isEnded();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(inTail.getId()).singleResult()
                .getDeleteReason()).isEqualTo(EndSupersededLabelTails.REASON);
        assertThat(definitionOf(filling).getId()).isEqualTo(latest("bronze-benchmarking").getId());
        assertThat(definitionOf(auditing).getId()).isEqualTo(latest("silver-assessment").getId());
        assertThat(definitionOf(scoring).getId()).isEqualTo(latest("gold-assessment").getId());
        assertThat(jobQuery().processInstanceId(auditing.getId()).activityId("Timer_AuditImprovementsOverdue").count())
                .as("the deadline timer moves along").isEqualTo(1);

        complete(task(filling));
        complete(task(filling), withVariables("decision", "REPORT"));
        assertThat(filling).isEnded().hasPassed("EndEvent_LabelAwarded").hasNotPassed("Timer_ExpiryReminder");
        taskQuery().processInstanceId(scoring.getId()).list().forEach(t -> complete(t, withVariables("scoresDiffer", false)));
        complete(task(scoring), withVariables("outcome", "AWARD"));
        assertThat(scoring).isEnded().hasPassed("EndEvent_LabelAwarded");
    }

    private static ProcessDefinition latest(String key) {
        return repositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private static ProcessDefinition definitionOf(ProcessInstance instance) {
        String id = runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
        return repositoryService().createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    }
}
