package dk.ecei.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dk.ecei.support.ModelTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * bpmn/label-expiry.bpmn on the engine alone, the delegates mocked: the nightly timer starts one run that first expires
 * the ended labels and then reminds of those ending soon, and schedules the next night.
 */
@Deployment(resources = "bpmn/label-expiry.bpmn")
class LabelExpiryProcessTests {

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    private final JavaDelegate expireEnded = mock(JavaDelegate.class);
    private final JavaDelegate remindExpiring = mock(JavaDelegate.class);

    @BeforeEach
    void mockDelegates() {
        init(engine.getProcessEngine());
        Mocks.register("expireEndedLabelsDelegate", expireEnded);
        Mocks.register("remindExpiringLabelsDelegate", remindExpiring);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ModelTestEngine.resetTime();
    }

    private static Job night() {
        return jobQuery().processDefinitionKey("label-expiry").timers().singleResult();
    }

    @Test
    void everyNightAtOneTheRunExpiresFirstThenRemindsAndTheNextNightIsScheduled() throws Exception {
        Job tonight = night();
        Instant due = tonight.getDuedate().toInstant();
        assertThat(LocalTime.ofInstant(due, ZoneId.systemDefault())).isEqualTo(LocalTime.of(1, 0));

        ModelTestEngine.setTime(due.plusSeconds(1));
        execute(tonight);

        InOrder order = inOrder(expireEnded, remindExpiring);
        order.verify(expireEnded).execute(any());
        order.verify(remindExpiring).execute(any());
        var run = historyService().createHistoricProcessInstanceQuery().processDefinitionKey("label-expiry").singleResult();
        assertThat(run.getEndTime()).isNotNull();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list())
                .extracting(HistoricActivityInstance::getActivityId).containsExactly("StartEvent_EveryNight",
                        "Task_ExpireEndedLabels", "Task_RemindExpiringLabels", "EndEvent_LabelsExpired");
        assertThat(night().getDuedate().toInstant()).isEqualTo(due.plus(Duration.ofDays(1)));
    }

    @Test
    void aFailingExpiryRemindsNobodyThatNightAndTheJobIsRetried() throws Exception {
        doThrow(new IllegalStateException("database gone")).when(expireEnded).execute(any());
        Job tonight = night();

        try {
            execute(tonight);
        } catch (RuntimeException expected) {
            // the engine rolls the run back and keeps the job for a retry
        }

        verify(remindExpiring, never()).execute(any());
        Job retried = jobQuery().jobId(tonight.getId()).singleResult();
        assertThat(retried).isNotNull();
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey("label-expiry")
                .finished().count()).isZero();
    }
}
