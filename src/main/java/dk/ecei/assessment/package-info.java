/**
 * Assessments: a cluster's way from a request to a label. The Bronze benchmark (request, expert assignment,
 * self-assessment with answers, evidence and success stories, review with clarification rounds, interview and
 * report) is guided by bpmn/bronze-benchmarking.bpmn; the Silver assessment (improvement areas, on-site audit,
 * approval) by bpmn/silver-assessment.bpmn; the Gold assessment (gap analysis, two experts' scores, agreement,
 * label committee) by bpmn/gold-assessment.bpmn. One aggregate per scheme on the shared core
 * {@link dk.ecei.assessment.Assessment} ({@link dk.ecei.assessment.BronzeBenchmark},
 * {@link dk.ecei.assessment.SilverAssessment}, {@link dk.ecei.assessment.GoldAssessment}) guards every move and
 * registers a domain event for it (the records implementing {@link dk.ecei.assessment.AssessmentEvent}); the
 * services, named by what they do, check who may make a move; {@link dk.ecei.assessment.ExcellenceScore} and
 * {@link dk.ecei.assessment.GapAnalysis} hold the scoring rules. The module calls neither the audit trail nor the
 * notifications: they listen to its events.
 */
package dk.ecei.assessment;
