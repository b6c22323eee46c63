package dk.ecei.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueVersionRepository extends JpaRepository<CatalogueVersion, Long> {

    Optional<CatalogueVersion> findByCode(String code);

    boolean existsByCode(String code);

    Optional<CatalogueVersion> findFirstByStatusOrderByPublishedAtDescIdDesc(CatalogueStatus status);

    List<CatalogueVersion> findAllByOrderByPublishedAtDescIdDesc();
}
