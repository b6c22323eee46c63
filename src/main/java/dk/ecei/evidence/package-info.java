/**
 * Evidence documents attached to an assessment's answers: stored with their size, the content type read from the
 * bytes (never from the name), a SHA-256 and the calendar year they document, within configured limits, and
 * readable only by those who may see the assessment; a renewal also reads the files of the assessment it renews.
 * It tells the assessment which years its evidence covers through {@link dk.ecei.assessment.EvidenceCoverage}.
 */
package dk.ecei.evidence;
