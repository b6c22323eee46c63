package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import dk.ecei.workflow.WorkflowEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step's answer names the activities its process waits in as the engine's command that made the move holds them
 * (no statement of its own); the database says the same after the commit. Walked through a Bronze benchmark to its
 * end (where nothing waits) and through a Gold audit, whose two experts score in parallel tasks.
 */
@IntegrationTest
class WaitingAtIntegrationTests {

    @Autowired
    BronzeFixture bronze;

    @Autowired
    SilverGoldFixture fixture;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    WorkflowEngine workflow;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void eachBronzeStepAnswersWhereItsProcessWaitsAsTheDatabaseHoldsIt() {
        Long cluster = bronze.eligibleCluster();
        AssessmentView requested = sameAsDatabase(() -> bronze.requested(cluster));
        assertThat(requested.waitingAt()).contains("Task_AssignExpert");
        Long id = requested.id();
        assertThat(sameAsDatabase(() -> bronze.assign(id, Users.ASSESSOR1)).waitingAt()).contains("Task_FillSelfAssessment");
        assertThat(sameAsDatabase(() -> bronze.fillAndSubmit(cluster, id)).waitingAt()).contains("Task_ReviewSelfAssessment");

        AssessmentView awarded = sameAsDatabase(() -> Users.ASSESSOR1.call(() -> reviews.writeReport(id, bronze.report(id))));

        assertThat(awarded.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(awarded.waitingAt()).isEmpty();
    }

    @Test
    void twoExpertsScoringInParallelWaitWhereTheDatabaseSays() {
        Long cluster = fixture.eligibleCluster();
        AssessmentView inAudit = sameAsDatabase(() -> fixture.goldInAudit(cluster, Users.ASSESSOR1, Users.ASSESSOR2));
        assertThat(inAudit.waitingAt()).contains("Task_ScoreIndicators");
        Long id = inAudit.id();
        TestClock.set(Instant.now().plus(Duration.ofDays(5)));

        AssessmentView oneScored = sameAsDatabase(() -> Users.ASSESSOR1.call(() -> reviews.scoreIndicators(id, fixture.scores(2, "G2.3"))));
        assertThat(oneScored.waitingAt()).contains("Task_ScoreIndicators");
        AssessmentView bothScored = sameAsDatabase(() -> Users.ASSESSOR2.call(() -> reviews.scoreIndicators(id, fixture.scores(2, "G2.4"))));

        assertThat(bothScored.status()).isEqualTo(AssessmentStatus.AGREEING_SCORES);
        assertThat(bothScored.waitingAt()).containsExactly("Task_AgreeFinalScores");
    }

    /** The step's answer, whose activities must be those the database holds after its commit, each once. */
    private AssessmentView sameAsDatabase(Supplier<AssessmentView> step) {
        AssessmentView view = step.get();
        String process = assessments.findById(view.id()).orElseThrow().getProcessInstanceId();
        assertThat(view.waitingAt()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(workflow.activeActivities(process));
        return view;
    }
}
