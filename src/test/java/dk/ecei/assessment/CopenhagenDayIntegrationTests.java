package dk.ecei.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.assessment.AssessmentCommands.WriteReport;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One clock, one zone: at 23:30 UTC it is already the next day in Copenhagen, and every rule takes that day, the
 * request day as well as "today"; the time an assessment last changed comes from Spring Data auditing on the clock.
 */
@IntegrationTest
class CopenhagenDayIntegrationTests {

    /** Yesterday (UTC) at 23:30 UTC: today in Copenhagen, 00:30. */
    private static final Instant HALF_PAST_ELEVEN_UTC = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(23, 30)
            .toInstant(ZoneOffset.UTC);
    private static final LocalDate UTC_DAY = LocalDate.ofInstant(HALF_PAST_ELEVEN_UTC, ZoneOffset.UTC);
    private static final LocalDate DANISH_DAY = UTC_DAY.plusDays(1);

    @Autowired
    BronzeFixture fixture;

    @Autowired
    AssessmentService assessments;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    LabelRegister labels;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aRequestAtHalfPastElevenUtcIsMadeOnTheDanishDayAndTheInterviewCannotPrecedeIt() {
        TestClock.set(HALF_PAST_ELEVEN_UTC);
        Long cluster = fixture.eligibleCluster();
        AssessmentView submitted = fixture.submitted(cluster, Users.ASSESSOR1);
        WriteReport report = fixture.report(submitted.id());

        assertThatThrownBy(() -> Users.ASSESSOR1.run(() -> reviews.writeReport(submitted.id(),
                new WriteReport(UTC_DAY, report.groups(), report.summary()))))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("The interview date " + UTC_DAY + " is before the request"));

        AssessmentView reported = Users.ASSESSOR1.call(() -> reviews.writeReport(submitted.id(),
                new WriteReport(DANISH_DAY, report.groups(), report.summary())));
        LabelView label = labels.ofCluster(cluster).get(0);
        assertThat(reported.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(label.assessedOn()).isEqualTo(DANISH_DAY);
        assertThat(label.awardedOn()).isEqualTo(DANISH_DAY);
    }

    @Test
    void theTimeOfTheLastChangeComesFromTheClockAlsoWhenOnlyAnswersChange() {
        TestClock.set(HALF_PAST_ELEVEN_UTC);
        Long cluster = fixture.eligibleCluster();
        Long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        assertThat(summary(id).updatedAt()).isEqualTo(HALF_PAST_ELEVEN_UTC);

        Instant later = HALF_PAST_ELEVEN_UTC.plus(3, ChronoUnit.HOURS);
        TestClock.set(later);
        Users.managerOf(cluster).run(() -> selfAssessments.saveAnswers(id, fixture.completeAnswers()));
        assertThat(summary(id).updatedAt()).isEqualTo(later);
        assertThat(summary(id).requestedAt()).isEqualTo(HALF_PAST_ELEVEN_UTC);
    }

    private AssessmentView.Summary summary(Long id) {
        return Users.SUPPORT.call(() -> assessments.checkReadable(id));
    }
}
