/**
 * Assessments: a cluster's way from a request to a label. The Bronze benchmark (request, expert assignment,
 * self-assessment with answers, evidence and success stories, review with clarification rounds, interview and
 * report) is guided by bpmn/bronze-benchmarking.bpmn; the Silver assessment (improvement areas, on-site audit,
 * approval) by bpmn/silver-assessment.bpmn; the Gold assessment (gap analysis, two experts' scores, agreement,
 * label committee) by bpmn/gold-assessment.bpmn. The aggregate {@link dk.ecei.assessment.Assessment} guards every
 * move, the services check who may make it, and {@link dk.ecei.assessment.ExcellenceScore} and
 * {@link dk.ecei.assessment.GapAnalysis} hold the scoring rules.
 */
package dk.ecei.assessment;
