package dk.ecei.assessor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessorRepository extends JpaRepository<Assessor, Long> {

    /** Written out: Hibernate keeps the SQL of a written query, not of a derived one (built as a criteria per call). */
    @Query("select a from Assessor a where a.username = :username")
    Optional<Assessor> findByUsername(@Param("username") String username);

    /**
     * What the assignment rules read of one assessor, in one statement: a row for each qualification beside each tie
     * (a few of each), where the entity would read its qualifications and its ties in a statement each; the ties in
     * the entity's order.
     */
    @Query("""
            select a.username, a.fullName, a.country, a.active, key(q), value(q), t.id, t.clusterId, t.kind, t.fromDate, t.toDate
            from Assessor a left join a.qualifications q left join a.ties t where a.username = :username
            order by t.fromDate, t.id""")
    List<Object[]> candidateRows(@Param("username") String username);

    /** User names and full names only, for naming who did what without loading qualifications and ties. */
    @org.springframework.data.jpa.repository.Query("select a.username, a.fullName from Assessor a where a.username in :usernames")
    List<Object[]> fullNames(@Param("usernames") java.util.Collection<String> usernames);

    /** Every assessor's user name and full name (the register holds hundreds at most). */
    @org.springframework.data.jpa.repository.Query("select a.username, a.fullName from Assessor a")
    List<Object[]> allFullNames();

    boolean existsByUsername(String username);

    boolean existsByUsernameAndIdNot(String username, Long id);

    List<Assessor> findByActiveTrue();

    @Query("""
            select distinct a from Assessor a left join a.qualifications q
            where (:qualification is null or key(q) = :qualification)
              and (:active is null or a.active = :active)
              and (:text is null or lower(a.fullName) like lower(concat('%', :text, '%'))
                   or lower(a.username) like lower(concat('%', :text, '%')))
            order by a.fullName""")
    List<Assessor> search(@Param("qualification") Qualification qualification, @Param("active") Boolean active,
            @Param("text") String text);
}
