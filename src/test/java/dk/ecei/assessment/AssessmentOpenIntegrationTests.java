package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.label.LabelLevel;
import dk.ecei.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's answer to "has the cluster an open assessment of this level" is the status's own rule
 * ({@link AssessmentStatus#isOpen()}) for every status, and only the cluster's own assessments of that level count,
 * however many closed ones its history holds.
 */
@IntegrationTest
class AssessmentOpenIntegrationTests {

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    BronzeFixture bronze;

    @Autowired
    AssessmentRows rows;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyStatusIsOpenInTheDatabaseAsItIsInTheCode() {
        Long cluster = bronze.eligibleCluster();
        Long other = bronze.eligibleCluster();
        rows.rolledBack(() -> {
            // A long history of closed benchmarks, and open assessments of another level and of another cluster.
            for (int i = 0; i < 5; i++) {
                insert(cluster, LabelLevel.BRONZE, AssessmentStatus.COMPLETED);
                insert(cluster, LabelLevel.BRONZE, AssessmentStatus.WITHDRAWN);
            }
            insert(cluster, LabelLevel.SILVER, AssessmentStatus.AUDIT);
            insert(other, LabelLevel.BRONZE, AssessmentStatus.SELF_ASSESSMENT);
            assertThat(assessments.hasOpen(cluster, LabelLevel.BRONZE)).isFalse();
            assertThat(assessments.hasOpen(cluster, LabelLevel.SILVER)).isTrue();
            assertThat(assessments.hasOpen(cluster, LabelLevel.GOLD)).isFalse();
            assertThat(assessments.hasOpen(other, LabelLevel.BRONZE)).isTrue();

            for (AssessmentStatus each : AssessmentStatus.values()) {
                Long id = insert(cluster, LabelLevel.GOLD, each);
                assertThat(assessments.hasOpen(cluster, LabelLevel.GOLD)).as(each.name()).isEqualTo(each.isOpen());
                jdbc.update("delete from assessment where id = ?", id);
            }
        });
    }

    private Long insert(Long cluster, LabelLevel level, AssessmentStatus status) {
        return rows.insert(cluster, level.name(), status.name(), null);
    }
}
