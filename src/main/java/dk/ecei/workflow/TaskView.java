package dk.ecei.workflow;

import java.time.Instant;
import java.util.Set;

/** A user task as our modules see it; the business key is the id of the assessment it belongs to. */
public record TaskView(String id, String key, String name, String processKey, String processInstanceId,
        String businessKey, String assignee, Set<String> candidateGroups, Instant created, Instant due) {
}
