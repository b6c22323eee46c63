package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    boolean existsByClusterIdAndLevelAndStatusIn(Long clusterId, LabelLevel level, Collection<AssessmentStatus> statuses);

    List<Assessment> findByClusterIdOrderByRequestedAtDesc(Long clusterId);

    @Query("select a from Assessment a where a.expertUsername = :expert or a.secondExpertUsername = :expert order by a.requestedAt desc")
    List<Assessment> findByExpert(@Param("expert") String expert);

    java.util.Optional<Assessment> findFirstByClusterIdAndLevelAndStatusOrderByCompletedAtDesc(Long clusterId, LabelLevel level,
            AssessmentStatus status);

    List<Assessment> findAllByOrderByRequestedAtDesc();

    @Query("select a.expertUsername, count(a) from Assessment a where a.status in :open and a.expertUsername is not null group by a.expertUsername")
    List<Object[]> openAssignmentsPerExpert(@Param("open") Collection<AssessmentStatus> open);

    @Query("select a.secondExpertUsername, count(a) from Assessment a where a.status in :open and a.secondExpertUsername is not null group by a.secondExpertUsername")
    List<Object[]> openAssignmentsPerSecondExpert(@Param("open") Collection<AssessmentStatus> open);
}
