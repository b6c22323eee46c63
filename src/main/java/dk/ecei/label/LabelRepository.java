package dk.ecei.label;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
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
            order by l.levelRank, l.validUntil desc, l.id""")
    List<Label> search(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn,
            @Param("restrictToClusters") boolean restrictToClusters, @Param("clusterIds") Collection<Long> clusterIds);

    /**
     * One page of {@link #search}, in the same order (Gold first, then the latest end); without a filter the page is read
     * along ix_label_rank (V91), not sorted. Its total is {@link #count}, kept by LabelRegister (shared.KeptTotals).
     */
    @Query("""
            select l from Label l
            where (:level is null or l.level = :level)
              and (:validOn is null or (l.awardedOn <= :validOn and l.validUntil >= :validOn
                   and (l.withdrawnOn is null or l.withdrawnOn > :validOn)))
              and (:restrictToClusters = false or l.clusterId in :clusterIds)
            order by l.levelRank, l.validUntil desc, l.id""")
    List<Label> page(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn,
            @Param("restrictToClusters") boolean restrictToClusters, @Param("clusterIds") Collection<Long> clusterIds,
            Pageable pageable);

    /** How many labels {@link #search} finds. */
    @Query("""
            select count(l) from Label l
            where (:level is null or l.level = :level)
              and (:validOn is null or (l.awardedOn <= :validOn and l.validUntil >= :validOn
                   and (l.withdrawnOn is null or l.withdrawnOn > :validOn)))
              and (:restrictToClusters = false or l.clusterId in :clusterIds)""")
    long count(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn,
            @Param("restrictToClusters") boolean restrictToClusters, @Param("clusterIds") Collection<Long> clusterIds);

    List<Label> findByClusterIdOrderByAwardedOnDesc(Long clusterId);

    @Query("select l.id from Label l order by l.id")
    List<Long> allIds();

    Optional<Label> findFirstByClusterIdAndLevelOrderByValidUntilDesc(Long clusterId, LabelLevel level);

    List<Label> findByStatusAndValidUntilBefore(LabelStatus status, LocalDate day);

    /** Labels of a status ending between the two days (both included), with the reminders they had. */
    @Query("""
            select distinct l from Label l left join fetch l.remindersSent
            where l.status = :status and l.validUntil >= :from and l.validUntil <= :to
            order by l.validUntil, l.id""")
    List<Label> endingBetween(@Param("status") LabelStatus status, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Whether the cluster holds a later label of the level that runs beyond the day (a renewal; withdrawn ones aside). */
    @Query("""
            select count(l) > 0 from Label l
            where l.clusterId = :clusterId and l.level = :level and l.id <> :labelId
              and l.status <> dk.ecei.label.LabelStatus.WITHDRAWN and l.validUntil > :validUntil""")
    boolean renewedBeyond(@Param("clusterId") Long clusterId, @Param("level") LabelLevel level,
            @Param("labelId") Long labelId, @Param("validUntil") LocalDate validUntil);
}
