package dk.ecei.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceRepository extends JpaRepository<EvidenceFile, Long> {

    List<EvidenceFile> findByAssessmentIdOrderByUploadedAtAscIdAsc(Long assessmentId);

    Optional<EvidenceFile> findByIdAndAssessmentId(Long id, Long assessmentId);

    @Query("select distinct e.coversYear from EvidenceFile e where e.assessmentId = :assessmentId and e.coversYear is not null and e.withdrawnAt is null")
    Set<Integer> yearsCovered(@Param("assessmentId") Long assessmentId);

    boolean existsBySha256(String sha256);
}
