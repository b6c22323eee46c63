package dk.ecei.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CatalogueVersionRepository extends JpaRepository<CatalogueVersion, Long> {

    Optional<CatalogueVersion> findByCode(String code);

    boolean existsByCode(String code);

    List<CatalogueVersion> findAllByOrderByPublishedAtDescIdDesc();

    @Query("select v.id from CatalogueVersion v where v.status = :status order by v.publishedAt desc, v.id desc")
    List<Long> idsByStatus(@Param("status") CatalogueStatus status, Limit limit);

    @Query("select v.id from CatalogueVersion v where v.code = :code")
    Optional<Long> idByCode(@Param("code") String code);
}
