package dk.ecei.assessment;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers of completed Bronze benchmarks, for comparing clusters with their peers (the document module's
 * benchmarking report). No access check here: the peer comparison only ever shows statistics of groups that are large
 * enough; the report itself is opened through {@link AssessmentService#get}, which checks who may read it.
 */
@Service
@Transactional(readOnly = true)
public class BenchmarkResults {

    private final EntityManager entities;

    BenchmarkResults(EntityManager entities) {
        this.entities = entities;
    }

    /** A completed benchmark's answers by indicator code, and the catalogue version it was answered under. */
    public record BenchmarkResult(Long assessmentId, Long clusterId, Instant completedAt, Long catalogueVersionId,
            Map<String, String> answers) {
    }

    /** Each cluster's latest completed benchmark, in one query however many clusters. */
    public List<BenchmarkResult> latestPerCluster() {
        return read("""
                select a.id, a.cluster_id, a.completed_at, aa.indicator_code, aa.answer_value, a.catalogue_version_id
                from assessment a join assessment_answer aa on aa.assessment_id = a.id
                where a.level = 'BRONZE' and a.status = 'COMPLETED' and a.completed_at = (
                    select max(b.completed_at) from assessment b
                    where b.cluster_id = a.cluster_id and b.level = 'BRONZE' and b.status = 'COMPLETED')
                order by a.id""", Map.of());
    }

    /**
     * The completed benchmark {@code assessmentId} of the cluster (null: the cluster's latest) and the one before it,
     * oldest first: two at most, however many the cluster has; empty when it is not a completed benchmark of the
     * cluster's. Oldest first means by completion, then by id.
     */
    public List<BenchmarkResult> withEarlier(Long clusterId, Long assessmentId) {
        String upTo = assessmentId == null ? "" : """
                join assessment x on x.id = :assessment and x.cluster_id = b.cluster_id and x.level = 'BRONZE'
                    and x.status = 'COMPLETED'
                    and (b.completed_at < x.completed_at or (b.completed_at = x.completed_at and b.id <= x.id))
                """;
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("cluster", clusterId);
        if (assessmentId != null) {
            parameters.put("assessment", assessmentId);
        }
        return read("""
                select a.id, a.cluster_id, a.completed_at, aa.indicator_code, aa.answer_value, a.catalogue_version_id
                from (select b.id, b.cluster_id, b.completed_at, b.catalogue_version_id from assessment b
                """ + upTo + """
                    where b.cluster_id = :cluster and b.level = 'BRONZE' and b.status = 'COMPLETED'
                    order by b.completed_at desc, b.id desc limit 2) a
                join assessment_answer aa on aa.assessment_id = a.id
                order by a.completed_at, a.id""", parameters);
    }

    private List<BenchmarkResult> read(String sql, Map<String, Object> parameters) {
        var query = entities.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, BenchmarkResult> byId = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Long id = ((Number) row[0]).longValue();
            BenchmarkResult result = byId.computeIfAbsent(id, k -> new BenchmarkResult(k, ((Number) row[1]).longValue(),
                    toInstant(row[2]), ((Number) row[5]).longValue(), new LinkedHashMap<>()));
            result.answers().put((String) row[3], (String) row[4]);
        }
        return new ArrayList<>(byId.values());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.atZone(java.time.ZoneOffset.UTC).toInstant();
        }
        return value instanceof Instant i ? i : null;
    }
}
