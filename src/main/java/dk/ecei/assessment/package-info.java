/**
 * Assessments: a cluster's way from a request to a label. The Bronze benchmark (request, expert assignment,
 * self-assessment with answers, evidence and success stories, review with clarification rounds, interview and
 * report) is guided by bpmn/bronze-benchmarking.bpmn; the aggregate {@link dk.ecei.assessment.Assessment} guards
 * every move, and the service checks who may make it.
 */
package dk.ecei.assessment;
