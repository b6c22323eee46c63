package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.assessment.BenchmarkResults.BenchmarkResult;
import dk.ecei.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark and the one before it come from one statement that reads two benchmarks, however many the cluster has;
 * completion decides the order, the id breaks a tie, and only a cluster's own completed benchmarks count.
 */
@IntegrationTest
class BenchmarkResultsIntegrationTests {

    @Autowired
    BenchmarkResults results;

    @Autowired
    BronzeFixture bronze;

    @Autowired
    AssessmentRows rows;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBenchmarkComesWithTheOneBeforeItAndNoOther() {
        Long cluster = bronze.eligibleCluster();
        Long other = bronze.eligibleCluster();
        rows.rolledBack(() -> check(cluster, other));
    }

    private void check(Long cluster, Long other) {
        LocalDateTime march = LocalDateTime.of(2025, 3, 1, 10, 0);
        Long first = insert(cluster, "BRONZE", "COMPLETED", march, "1");
        Long tiedEarlier = insert(cluster, "BRONZE", "COMPLETED", march.plusYears(1), "2");
        Long tiedLater = insert(cluster, "BRONZE", "COMPLETED", march.plusYears(1), "3");
        Long open = insert(cluster, "BRONZE", "SELF_ASSESSMENT", null, "4");
        insert(cluster, "SILVER", "COMPLETED", march.plusYears(2), "5");
        insert(other, "BRONZE", "COMPLETED", march.plusYears(3), "6");
        // Completed earliest of all, but inserted last: completion decides, not the id.
        Long oldest = insert(cluster, "BRONZE", "COMPLETED", march.minusYears(1), "0");

        assertThat(results.withEarlier(cluster, null)).extracting(BenchmarkResult::assessmentId)
                .containsExactly(tiedEarlier, tiedLater);
        assertThat(results.withEarlier(cluster, tiedEarlier)).extracting(BenchmarkResult::assessmentId)
                .containsExactly(first, tiedEarlier);
        assertThat(results.withEarlier(cluster, first)).extracting(BenchmarkResult::assessmentId)
                .containsExactly(oldest, first);
        assertThat(results.withEarlier(cluster, oldest)).extracting(BenchmarkResult::assessmentId).containsExactly(oldest);
        assertThat(results.withEarlier(cluster, open)).isEmpty();
        assertThat(results.withEarlier(other, tiedLater)).isEmpty();

        List<BenchmarkResult> latest = results.withEarlier(cluster, tiedLater);
        assertThat(latest).extracting(r -> r.answers().get("T-1")).containsExactly("2", "3");
        assertThat(latest.get(1).answers()).containsOnlyKeys("T-1", "T-2");
        assertThat(latest.get(1).clusterId()).isEqualTo(cluster);
        assertThat(latest.get(0).completedAt()).isEqualTo(latest.get(1).completedAt())
                .isAfter(results.withEarlier(cluster, first).get(1).completedAt());
    }

    private Long insert(Long cluster, String level, String status, LocalDateTime completedAt, String value) {
        Long id = rows.insert(cluster, level, status, completedAt);
        for (String code : List.of("T-1", "T-2")) {
            jdbc.update("insert into assessment_answer (assessment_id, indicator_code, indicator_id, answer_value, updated_by,"
                    + " updated_at) values (?, ?, 1, ?, 'test', ?)", id, code, value, Timestamp.valueOf(LocalDateTime.of(2024, 1, 1, 0, 0)));
        }
        return id;
    }
}
