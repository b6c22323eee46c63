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

    /**
     * The register's filters: a level, and validity on a day; each may be null. A filter by the clusters' field or region
     * is the list of their ids ({@link #WITHIN}), in its own queries: Hibernate keeps the translated SQL of a query only
     * while none of its parameters binds a list, so the unfiltered register (nearly every request) binds none.
     */
    String FILTERS = """
             where (:level is null or l.level = :level)
              and (:validOn is null or (l.awardedOn <= :validOn and l.validUntil >= :validOn
                   and (l.withdrawnOn is null or l.withdrawnOn > :validOn)))""";
    String WITHIN = " and l.clusterId in :clusterIds";
    /** Gold first, then the latest end; without a filter a page is read along ix_label_rank (V91), not sorted. */
    String ORDER = " order by l.levelRank, l.validUntil desc, l.id";

    @Query("select l from Label l " + FILTERS + ORDER)
    List<Label> search(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn);

    @Query("select l from Label l " + FILTERS + WITHIN + ORDER)
    List<Label> searchWithin(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn,
            @Param("clusterIds") Collection<Long> clusterIds);

    /** One page of {@link #search}; its total is {@link #count}, kept by LabelRegister (shared.KeptTotals). */
    @Query("select l from Label l " + FILTERS + ORDER)
    List<Label> page(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn, Pageable pageable);

    @Query("select l from Label l " + FILTERS + WITHIN + ORDER)
    List<Label> pageWithin(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn,
            @Param("clusterIds") Collection<Long> clusterIds, Pageable pageable);

    @Query("select count(l) from Label l " + FILTERS)
    long count(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn);

    @Query("select count(l) from Label l " + FILTERS + WITHIN)
    long countWithin(@Param("level") LabelLevel level, @Param("validOn") LocalDate validOn,
            @Param("clusterIds") Collection<Long> clusterIds);

    List<Label> findByClusterIdOrderByAwardedOnDesc(Long clusterId);

    @Query("select l.id from Label l order by l.id")
    List<Long> allIds();

    /** The cluster's label of the level that ends last; written out (a derived query is a criteria, planned per call). */
    @Query("select l from Label l where l.clusterId = :clusterId and l.level = :level order by l.validUntil desc, l.id desc limit 1")
    Optional<Label> latestOf(@Param("clusterId") Long clusterId, @Param("level") LabelLevel level);

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
