package dk.ecei.evidence;

import dk.ecei.assessment.EvidenceCoverage;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The years an assessment's evidence covers, for the assessment's Gold submission rule. Only the repository is
 * needed, so the assessment can use it without a cycle through {@link EvidenceService}.
 */
@Component
@Transactional(readOnly = true)
class EvidenceYears implements EvidenceCoverage {

    private final EvidenceRepository files;

    EvidenceYears(EvidenceRepository files) {
        this.files = files;
    }

    @Override
    public Set<Integer> yearsCovered(Long assessmentId) {
        return new TreeSet<>(files.yearsCovered(assessmentId));
    }
}
