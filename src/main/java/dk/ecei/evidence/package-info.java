/**
 * Evidence documents attached to an assessment's answers (or to the answer of a clarification round): streamed into
 * a content-addressed {@link dk.ecei.evidence.EvidenceStore} (a directory by default, an S3-compatible bucket by
 * settings) under their SHA-256, with the content type read from the first bytes and the size limit enforced while
 * the bytes flow; the database keeps the metadata only. Files can be withdrawn or replaced while the answers may
 * still change (the rows stay as history, audited). Readable only by those who may see the assessment; a renewal
 * also reads the files of the assessment it renews. It tells the assessment which years its evidence covers through
 * {@link dk.ecei.assessment.EvidenceCoverage}. An orphan sweep removes stored bytes without a row.
 */
package dk.ecei.evidence;
