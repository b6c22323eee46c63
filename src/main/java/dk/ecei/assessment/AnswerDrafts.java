package dk.ecei.assessment;

import dk.ecei.shared.ConcurrentChangeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the answers of an assessment as rows with their own versions, each save a compare-and-set on one row: a save
 * that names the version it read changes the answer only if nobody saved it since, so of two saves of one answer
 * exactly one wins and the other is refused with the current value; saves of different answers never clash. A save
 * without a version (older API clients) overwrites.
 */
@Component
class AnswerDrafts {

    /** The version of an answer that does not exist (yet): "I saw no answer". */
    static final long NONE = 0;

    private final NamedParameterJdbcTemplate jdbc;

    AnswerDrafts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer as stored now, with its version. */
    record Current(String value, long version, String updatedBy, Instant updatedAt) {
    }

    /**
     * Saves the checked values (null removes the answer); an answer whose value is already stored is left alone.
     * Returns the codes that changed. Throws 409 naming every answer saved by somebody else meanwhile (with its
     * current value and version), and then nothing is saved: the caller's transaction rolls back.
     */
    List<String> save(Long assessmentId, Map<String, String> values, Map<String, Long> versions,
            Map<String, Long> indicatorIds, String by, Instant now) {
        Map<String, String> sorted = new TreeMap<>();
        values.forEach(sorted::put);
        Map<String, Current> stored = current(assessmentId, sorted.keySet());
        Map<String, Current> stale = new LinkedHashMap<>();
        List<String> changed = new java.util.ArrayList<>();
        Map<String, String> inserts = new TreeMap<>();
        // In code order, so that two saves of several answers lock their rows in the same order and never deadlock.
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
            String code = entry.getKey();
            Current was = stored.get(code);
            if (Objects.equals(entry.getValue(), was == null ? null : was.value())) {
                continue;
            }
            Long expected = versions == null ? null : versions.get(code);
            long seen = was == null ? NONE : was.version();
            if (expected != null && expected != seen) {
                stale.put(code, was);
                continue;
            }
            long base = expected == null ? seen : expected;
            if (base == NONE && entry.getValue() != null) {
                inserts.put(code, entry.getValue()); // new answers: one statement for all of them, below
                continue;
            }
            if (!write(assessmentId, code, entry.getValue(), base, indicatorIds.get(code), by, now)) {
                stale.put(code, current(assessmentId, List.of(code)).get(code));
                continue;
            }
            changed.add(code);
        }
        if (!inserts.isEmpty() && insertAll(assessmentId, inserts, indicatorIds, by, now)) {
            changed.addAll(inserts.keySet());
        } else {
            // Somebody else inserted one of them meanwhile: one at a time, to tell which.
            for (Map.Entry<String, String> entry : inserts.entrySet()) {
                if (write(assessmentId, entry.getKey(), entry.getValue(), NONE, indicatorIds.get(entry.getKey()), by, now)) {
                    changed.add(entry.getKey());
                } else {
                    stale.put(entry.getKey(), current(assessmentId, List.of(entry.getKey())).get(entry.getKey()));
                }
            }
        }
        if (!stale.isEmpty()) {
            Map<String, Object> current = new LinkedHashMap<>();
            stale.forEach((code, answer) -> current.put(code, answer == null ? Map.of("version", NONE)
                    : Map.of("value", answer.value(), "version", answer.version(), "updatedBy", answer.updatedBy(),
                            "updatedAt", answer.updatedAt().toString())));
            throw new ConcurrentChangeException("answer", String.join(",", stale.keySet()),
                    ConcurrentChangeException.reason("answers", String.join(", ", stale.keySet())))
                    .with("current", current);
        }
        return changed;
    }

    /**
     * The new answers in one multi-row insert (one statement, atomic: a duplicate key inserts none of them); false when
     * one of them exists already.
     */
    private boolean insertAll(Long assessmentId, Map<String, String> values, Map<String, Long> indicatorIds, String by,
            Instant now) {
        StringBuilder sql = new StringBuilder("insert into assessment_answer (assessment_id, indicator_code, indicator_id,"
                + " answer_value, updated_by, updated_at, version) values ");
        MapSqlParameterSource rows = new MapSqlParameterSource().addValue("assessment", assessmentId).addValue("by", by)
                .addValue("at", LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        int i = 0;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            sql.append(i == 0 ? "" : ", ").append("(:assessment, :code").append(i).append(", :indicator").append(i)
                    .append(", :value").append(i).append(", :by, :at, 1)");
            rows.addValue("code" + i, entry.getKey()).addValue("indicator" + i, indicatorIds.get(entry.getKey()))
                    .addValue("value" + i, entry.getValue());
            i++;
        }
        try {
            jdbc.update(sql.toString(), rows);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** One compare-and-set: true if the row was at the expected version (or absent, for NONE) and now holds the value. */
    private boolean write(Long assessmentId, String code, String value, long expected, Long indicatorId, String by,
            Instant now) {
        MapSqlParameterSource row = new MapSqlParameterSource().addValue("assessment", assessmentId)
                .addValue("code", code).addValue("value", value).addValue("expected", expected)
                .addValue("indicator", indicatorId).addValue("by", by).addValue("at", LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        if (value == null) {
            return jdbc.update("delete from assessment_answer where assessment_id = :assessment and indicator_code = :code"
                    + " and version = :expected", row) == 1;
        }
        if (expected == NONE) {
            try {
                return jdbc.update("insert into assessment_answer (assessment_id, indicator_code, indicator_id, answer_value,"
                        + " updated_by, updated_at, version) values (:assessment, :code, :indicator, :value, :by, :at, 1)",
                        row) == 1;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return jdbc.update("update assessment_answer set answer_value = :value, indicator_id = :indicator,"
                + " updated_by = :by, updated_at = :at, version = version + 1 where assessment_id = :assessment"
                + " and indicator_code = :code and version = :expected", row) == 1;
    }

    Map<String, Current> current(Long assessmentId, Collection<String> codes) {
        Map<String, Current> found = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        jdbc.query("select indicator_code, answer_value, version, updated_by, updated_at from assessment_answer"
                + " where assessment_id = :assessment and indicator_code in (:codes)",
                new MapSqlParameterSource("assessment", assessmentId).addValue("codes", codes), rs -> {
                    found.put(rs.getString(1), new Current(rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                });
        return found;
    }
}
