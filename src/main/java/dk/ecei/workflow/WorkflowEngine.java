package dk.ecei.workflow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/** Our narrow view of the process engine: start processes, see what is deployed. */
@Service
public class WorkflowEngine {

    private final RuntimeService runtime;
    private final RepositoryService repository;

    WorkflowEngine(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    /** Starts the latest version of a process; the business key ties it to our aggregate. Returns the instance id. */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    /** The keys of the latest deployed process definitions. */
    public List<String> deployedProcessKeys() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).sorted().toList();
    }
}
