package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    /**
     * One assessment with its short lists (decisions, conflict waivers, observers: mostly none, a few at most) joined
     * in the same statement: every step reads them (the view shows them, the access check reads the observers), and
     * each was a select of its own. Fetch joins, not an entity graph: Hibernate keeps the SQL of a query plan only
     * without a graph, and translated this one afresh on every step (a tenth of a step's CPU). A Bronze benchmark's
     * success stories and clarification rounds come in it too (three stories, none or a few rounds), which every
     * Bronze view shows; the answers (36 and more) keep a select of their own, which joined would multiply the rows.
     */
    @Query("select a from Assessment a left join fetch a.decisions left join fetch a.conflictWaivers"
            + " left join fetch a.observers left join fetch a.successStories"
            + " left join fetch a.clarifications where a.id = :id")
    java.util.Optional<Assessment> findWithListsById(@Param("id") Long id);

    /**
     * How many of the cluster's assessments of a level are open: counted along the index (cluster, level, status),
     * whatever the cluster's history holds. The final statuses are written into the query, not passed as a list:
     * Hibernate keeps the translated SQL of a written query only while none of its parameters is a list.
     * {@link AssessmentStatus#isOpen()} names the same final statuses (AssessmentOpenIntegrationTests holds them to it).
     */
    @Query("select count(a) from Assessment a where a.clusterId = :clusterId and a.level = :level and a.status not in"
            + " (dk.ecei.assessment.AssessmentStatus.COMPLETED, dk.ecei.assessment.AssessmentStatus.NOT_AWARDED,"
            + " dk.ecei.assessment.AssessmentStatus.WITHDRAWN)")
    long countOpen(@Param("clusterId") Long clusterId, @Param("level") LabelLevel level);

    /**
     * The process instances of the cluster's assessments (a handful, each started with its assessment): a manager's
     * inbox is their tasks.
     */
    @Query("select a.processInstanceId from Assessment a where a.clusterId = :clusterId and a.processInstanceId is not null")
    List<String> processInstancesOf(@Param("clusterId") Long clusterId);

    /** Whether the cluster has an open assessment of the level. */
    default boolean hasOpen(Long clusterId, LabelLevel level) {
        return countOpen(clusterId, level) > 0;
    }

    /** The levels of the cluster's assessments in one of the statuses, in one statement. */
    @org.springframework.data.jpa.repository.Query(
            "select distinct a.level from Assessment a where a.clusterId = :clusterId and a.status in :statuses")
    java.util.Set<LabelLevel> levelsInStatus(@org.springframework.data.repository.query.Param("clusterId") Long clusterId,
            @org.springframework.data.repository.query.Param("statuses") Collection<AssessmentStatus> statuses);

    List<Assessment> findByClusterIdOrderByRequestedAtDesc(Long clusterId);

    List<Assessment> findByExpertUsername(String expert);

    /** Gold: the assessments where the expert is the second of the pair. */
    @Query("select g from GoldAssessment g where g.secondExpertUsername = :expert")
    List<Assessment> findBySecondExpert(@Param("expert") String expert);

    java.util.Optional<Assessment> findFirstByClusterIdAndLevelAndStatusOrderByCompletedAtDesc(Long clusterId, LabelLevel level,
            AssessmentStatus status);

    List<Assessment> findAllByOrderByRequestedAtDesc();

    /** The assessments the user observes. */
    @Query("select a from Assessment a join a.observers o where o.username = :username")
    List<Assessment> findObservedBy(@Param("username") String username);

    /** The oldest first; a body's meeting takes a few dozen at most, so the list stops at 200. */
    List<Assessment> findTop200ByStatusOrderByRequestedAtAsc(AssessmentStatus status);

    @Query("select a.expertUsername, count(a) from Assessment a where a.status in :open and a.expertUsername is not null group by a.expertUsername")
    List<Object[]> openAssignmentsPerExpert(@Param("open") Collection<AssessmentStatus> open);

    @Query("select g.secondExpertUsername, count(g) from GoldAssessment g where g.status in :open and g.secondExpertUsername is not null group by g.secondExpertUsername")
    List<Object[]> openAssignmentsPerSecondExpert(@Param("open") Collection<AssessmentStatus> open);
}
