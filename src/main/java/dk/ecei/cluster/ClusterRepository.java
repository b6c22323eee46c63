package dk.ecei.cluster;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClusterRepository extends JpaRepository<Cluster, Long>, ClusterLoading {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByCvrNumber(String cvrNumber);

    boolean existsByCvrNumberAndIdNot(String cvrNumber, Long id);

    /** The ids of the clusters in a field and a region (either may be null), without reading the clusters. */
    @Query("""
            select distinct c.id from Cluster c left join c.fields f
            where (:field is null or f = :field)
              and (:region is null or c.region = :region)""")
    List<Long> idsOf(@Param("field") ClusterField field, @Param("region") Region region);
}
