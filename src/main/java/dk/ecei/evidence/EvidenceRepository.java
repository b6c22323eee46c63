package dk.ecei.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<EvidenceFile, Long> {

    List<EvidenceFile> findByAssessmentIdOrderByUploadedAtAscIdAsc(Long assessmentId);

    Optional<EvidenceFile> findByIdAndAssessmentId(Long id, Long assessmentId);
}
