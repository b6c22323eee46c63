package dk.ecei.performance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PerformanceCollections extends JpaRepository<PerformanceCollection, Long> {

    Optional<PerformanceCollection> findByYear(int year);

    boolean existsByYear(int year);

    List<PerformanceCollection> findAllByOrderByYearDesc();
}
