package dk.ecei.assessment;

import dk.ecei.cluster.ClusterService;
import dk.ecei.label.LabelLevel;
import dk.ecei.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The summaries of many assessments (an inbox's page), read as narrow rows instead of entities: the columns a summary
 * shows and the reader's rule needs ({@link AssessmentSteps#mayRead}), the observers only for the rows the rest of
 * the rule does not already let the reader see, and the clusters' names. Building the entities cost the inbox's
 * request a seventh of its CPU (issue 15).
 */
@Component
class AssessmentSummaries {

    private final NamedParameterJdbcTemplate jdbc;
    private final ClusterService clusters;

    AssessmentSummaries(NamedParameterJdbcTemplate jdbc, ClusterService clusters) {
        this.jdbc = jdbc;
        this.clusters = clusters;
    }

    /** A summary's columns and its experts. */
    private record Row(Long id, Long clusterId, LabelLevel level, AssessmentStatus status, String expert,
            List<String> experts, Instant requestedAt, Instant lastChangedAt) {
    }

    /** The summaries of those of the assessments the reader may see, by id; an unknown id is left out. */
    Map<Long, AssessmentView.Summary> readable(Collection<Long> ids, CurrentUser reader) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = jdbc.query("""
                select a.id, a.cluster_id, a.level, a.status, a.expert_username, a.second_expert_username, a.requested_at,
                    a.updated_at, (select max(aa.updated_at) from assessment_answer aa where aa.assessment_id = a.id)
                from assessment a where a.id in (:ids) order by a.id""", Map.of("ids", Set.copyOf(ids)), (rs, n) -> {
            LabelLevel level = LabelLevel.valueOf(rs.getString(3));
            String expert = rs.getString(5);
            List<String> experts = Assessment.experts(level, expert, rs.getString(6));
            return new Row(rs.getLong(1), rs.getLong(2), level, AssessmentStatus.valueOf(rs.getString(4)), expert, experts,
                    instant(rs.getObject(7, LocalDateTime.class)),
                    Assessment.lastChanged(instant(rs.getObject(8, LocalDateTime.class)),
                            instant(rs.getObject(9, LocalDateTime.class))));
        });
        List<Row> allowed = new ArrayList<>();
        List<Row> observable = new ArrayList<>();
        for (Row row : rows) {
            (AssessmentSteps.mayRead(row.clusterId(), row.experts(), username -> false, reader) ? allowed : observable).add(row);
        }
        if (!observable.isEmpty() && !reader.isAnonymous()) {
            Set<Long> observed = observedBy(reader.username(), observable.stream().map(Row::id).toList());
            observable.stream().filter(row -> AssessmentSteps.mayRead(row.clusterId(), row.experts(),
                    username -> observed.contains(row.id()), reader)).forEach(allowed::add);
        }
        Map<Long, String> names = clusters.names(allowed.stream().map(Row::clusterId).collect(Collectors.toSet()));
        Map<Long, AssessmentView.Summary> summaries = new LinkedHashMap<>();
        allowed.forEach(row -> summaries.put(row.id(), new AssessmentView.Summary(row.id(), row.clusterId(),
                names.get(row.clusterId()), row.level(), row.status(), row.expert(), row.requestedAt(), row.lastChangedAt())));
        return summaries;
    }

    /** Which of the assessments the user observes (an observer's user name, whatever its case: the entity's rule). */
    private Set<Long> observedBy(String username, List<Long> ids) {
        return new HashSet<>(jdbc.queryForList("""
                select o.assessment_id from assessment_observer o
                where o.assessment_id in (:ids) and lower(o.username) = lower(:username)""",
                new MapSqlParameterSource("ids", ids).addValue("username", username), Long.class));
    }

    private static Instant instant(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
