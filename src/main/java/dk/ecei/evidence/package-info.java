/**
 * Evidence documents attached to an assessment's answers: stored with their size, the content type read from the
 * bytes (never from the name) and a SHA-256, within configured limits, and readable only by those who may see the
 * assessment.
 */
package dk.ecei.evidence;
