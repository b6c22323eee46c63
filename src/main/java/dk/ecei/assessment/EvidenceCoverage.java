package dk.ecei.assessment;

import java.util.Set;

/**
 * The calendar years that an assessment's evidence documents cover. The evidence module implements it, so that the
 * assessment can check the Gold rule ("documents covering the two previous years") without depending on evidence,
 * which itself depends on the assessment.
 */
public interface EvidenceCoverage {

    Set<Integer> yearsCovered(Long assessmentId);
}
