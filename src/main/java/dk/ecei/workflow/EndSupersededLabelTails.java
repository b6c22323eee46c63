package dk.ecei.workflow;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Until issue 10 the assessment processes waited after the award for the label's expiry reminder and its end; the
 * label module's nightly process does both now, and the delegates of that tail are gone. At start-up, instances of
 * earlier versions of the assessment models are moved on:
 * <ul>
 * <li>those waiting in the old tail have nothing left to do in the assessment process (the label is written, the
 * assessment completed): they are ended, with the reason, and the nightly process takes their labels over;</li>
 * <li>the others are migrated to the latest version (same activity ids before the award), so they end at the award.</li>
 * </ul>
 * Labels that earlier versions already reminded of keep that day (migration V25), so nobody is reminded twice.
 */
@Component
class EndSupersededLabelTails {

    static final List<String> PROCESSES = List.of("bronze-benchmarking", "silver-assessment", "gold-assessment");
    static final String[] TAIL_ACTIVITIES = {"Timer_ExpiryReminder", "Timer_LabelExpired"};
    static final String REASON = "The label module (label-expiry) owns the label's reminder and expiry since issue 10";

    private static final Logger log = LoggerFactory.getLogger(EndSupersededLabelTails.class);

    private final RuntimeService runtime;
    private final RepositoryService repository;

    EndSupersededLabelTails(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    /** What a start-up did: instances ended in the old tail, migrated to the latest version, left as they were. */
    record Outcome(int ended, int migrated, int left) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        Outcome outcome = moveEarlierVersions();
        if (outcome.ended() + outcome.migrated() + outcome.left() > 0) {
            log.info("Assessment instances of earlier versions: {} ended in the old label tail, {} migrated to the "
                    + "latest version, {} left on their version", outcome.ended(), outcome.migrated(), outcome.left());
        }
    }

    Outcome moveEarlierVersions() {
        int ended = endWaitingInTail();
        int migrated = 0;
        int left = 0;
        for (String key : PROCESSES) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            if (latest == null) {
                continue;
            }
            for (ProcessDefinition earlier : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
                long running = runtime.createProcessInstanceQuery().processDefinitionId(earlier.getId()).count();
                if (earlier.getId().equals(latest.getId()) || running == 0) {
                    continue;
                }
                try {
                    var plan = runtime.createMigrationPlan(earlier.getId(), latest.getId()).mapEqualActivities()
                            .updateEventTriggers().build();
                    runtime.newMigration(plan)
                            .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(earlier.getId()))
                            .execute();
                    migrated += (int) running;
                } catch (RuntimeException e) {
                    // An older version that differs before the award too: its instances finish on it.
                    log.warn("Instances of {} stay on their version: {}", earlier.getId(), e.getMessage());
                    left += (int) running;
                }
            }
        }
        return new Outcome(ended, migrated, left);
    }

    private int endWaitingInTail() {
        List<String> waiting = runtime.createProcessInstanceQuery()
                .processDefinitionKeyIn(PROCESSES.toArray(String[]::new))
                .activityIdIn(TAIL_ACTIVITIES).list().stream().map(ProcessInstance::getId).toList();
        if (!waiting.isEmpty()) {
            runtime.deleteProcessInstances(waiting, REASON, true, true);
        }
        return waiting.size();
    }
}
