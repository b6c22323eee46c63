package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Gold: "the full self-assessment ... with evidence for the two previous years", calendar years before submission. */
class GoldEvidenceYearsTests {

    private static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");

    private static GoldAssessment gold() {
        return new GoldAssessment(7L, 1L, "manager-7", NOW, null, false);
    }

    @Test
    void onNewYearsDayTheTwoPreviousCalendarYearsAreNeeded() {
        assertThat(gold().missing(List.of(), Set.of(), LocalDate.of(2026, 1, 1)))
                .extracting(Violation::defaultText).containsExactly("Evidence covering 2024", "Evidence covering 2025");
        assertThat(gold().missing(List.of(), Set.of(2023, 2024), LocalDate.of(2026, 1, 1)))
                .extracting(Violation::defaultText).containsExactly("Evidence covering 2025");
        assertThat(gold().missing(List.of(), Set.of(2024, 2025, 2026), LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(gold().missing(List.of(), Set.of(2024, 2025), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(gold().missing(List.of(), Set.of(2024, 2025), LocalDate.of(2027, 1, 1)))
                .extracting(Violation::defaultText).containsExactly("Evidence covering 2026");
    }

    @Test
    void answersAndYearsAreReportedTogetherAndOnlyGoldAsksForYears() {
        assertThat(gold().missing(List.of("G1.1"), Set.of(2025), LocalDate.of(2026, 3, 1)))
                .extracting(Violation::defaultText).containsExactly("Answer to G1.1", "Evidence covering 2024");
        SilverAssessment silver = new SilverAssessment(7L, 1L, "manager-7", NOW, false, null);
        assertThat(silver.missing(List.of(), Set.of(), LocalDate.of(2026, 3, 1))).extracting(Violation::defaultText).containsExactly("3 more improvement areas");
        BronzeBenchmark bronze = new BronzeBenchmark(7L, 1L, "manager-7", NOW);
        assertThat(bronze.missing(List.of(), Set.of(), LocalDate.of(2026, 3, 1))).extracting(Violation::defaultText).containsExactly("3 more success stories");
    }

    @Test
    void theAggregateRefusesASubmissionWithoutTheYearsAndOutsideTheSelfAssessment() {
        GoldAssessment gold = gold();
        assertThatThrownBy(() -> gold.submit(List.of(), Set.of(2024, 2025), LocalDate.of(2026, 3, 1), NOW))
                .isInstanceOf(IllegalStateChangeException.class);
        gold.proceedAfterGapAnalysis("seen", "manager-7", NOW);
        gold.assignExperts("a", "b", LocalDate.of(2026, 3, 10), 2, NOW);
        assertThatThrownBy(() -> gold.submit(List.of(), Set.of(2025), LocalDate.of(2026, 3, 1), NOW))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons()).containsExactly("Evidence covering 2024"));
        assertThat(gold.getStatus()).isEqualTo(AssessmentStatus.SELF_ASSESSMENT);
        gold.submit(List.of(), Set.of(2024, 2025), LocalDate.of(2026, 3, 1), NOW);
        assertThat(gold.getStatus()).isEqualTo(AssessmentStatus.AUDIT);
    }

    @Test
    void aSilverRenewalKeepsThePreviousAssessmentAndAFirstSilverNone() {
        SilverAssessment renewal = new SilverAssessment(7L, 1L, "manager-7", NOW, true, 42L);
        assertThat(renewal.isRenewal()).isTrue();
        assertThat(renewal.getPreviousAssessmentId()).isEqualTo(42L);
        assertThat(new SilverAssessment(7L, 1L, "manager-7", NOW, false, 42L).getPreviousAssessmentId()).isNull();
    }
}
