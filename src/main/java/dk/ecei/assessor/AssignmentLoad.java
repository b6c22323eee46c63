package dk.ecei.assessor;

import java.util.Map;

/**
 * How many open assignments each expert (by user name) carries, for proposing the least loaded. The assessment
 * module implements it: it knows the assignments, and it depends on this module, not the other way round.
 */
public interface AssignmentLoad {

    Map<String, Long> openAssignmentsPerExpert();
}
