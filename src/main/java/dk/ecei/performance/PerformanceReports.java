package dk.ecei.performance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PerformanceReports extends JpaRepository<PerformanceReport, Long> {

    List<PerformanceReport> findByCollectionId(Long collectionId);

    Optional<PerformanceReport> findByCollectionIdAndClusterId(Long collectionId, Long clusterId);
}
