package dk.ecei.label;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LabelRepository extends JpaRepository<Label, Long> {

    @Query("""
            select l from Label l
            where (:level is null or l.level = :level)
              and (:validOn is null or (l.awardedOn <= :validOn and l.validUntil >= :validOn
                   and (l.withdrawnOn is null or l.withdrawnOn > :validOn)))
              and (:restrictToClusters = false or l.clusterId in :clusterIds)
            order by l.level desc, l.validUntil desc, l.id""")
    List<Label> search(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn,
            @Param("restrictToClusters") boolean restrictToClusters, @Param("clusterIds") Collection<Long> clusterIds);

    List<Label> findByClusterIdOrderByAwardedOnDesc(Long clusterId);

    Optional<Label> findFirstByClusterIdAndLevelOrderByValidUntilDesc(Long clusterId, LabelLevel level);

    List<Label> findByStatusAndValidUntilBefore(LabelStatus status, LocalDate day);
}
