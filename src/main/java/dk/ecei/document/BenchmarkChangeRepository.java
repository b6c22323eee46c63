package dk.ecei.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BenchmarkChangeRepository extends JpaRepository<BenchmarkChange, Long> {

    boolean existsByAssessmentId(Long assessmentId);

    /** The changes of the cluster's latest benchmark that has a previous one. */
    @Query("""
            select c from BenchmarkChange c where c.clusterId = :cluster and c.assessmentId =
                (select max(d.assessmentId) from BenchmarkChange d where d.clusterId = :cluster)
            order by c.id""")
    List<BenchmarkChange> latestOfCluster(@Param("cluster") Long clusterId);
}
