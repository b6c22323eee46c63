package dk.ecei.assessor;

import dk.ecei.shared.Violation;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.assessor.AssignmentRules.Candidate;
import dk.ecei.assessor.AssignmentRules.TiePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignmentRulesTests {

    private static final Long CLUSTER = 2L;
    private static final LocalDate PLANNED = LocalDate.of(2026, 3, 15);

    private final AssignmentRules rules = new AssignmentRules(AssessorSettings.ecei());

    private static Candidate gold(String username, String country, TiePeriod... ties) {
        return new Candidate(username, country, true, Map.of(Qualification.GOLD_ASSESSOR, LocalDate.of(2028, 12, 31)),
                List.of(ties));
    }

    @Test
    void aQualificationValidOnThePlannedDayIsEnoughButOneThatEndedTheDayBeforeIsNot() {
        Candidate validOnTheDay = new Candidate("a", "DK", true, Map.of(Qualification.SILVER_AUDITOR, PLANNED), List.of());
        Candidate endedTheDayBefore = new Candidate("b", "DK", true,
                Map.of(Qualification.SILVER_AUDITOR, PLANNED.minusDays(1)), List.of());

        assertThat(rules.assignmentProblems(validOnTheDay, CLUSTER, Qualification.SILVER_AUDITOR, PLANNED)).isEmpty();
        assertThat(rules.assignmentProblems(endedTheDayBefore, CLUSTER, Qualification.SILVER_AUDITOR, PLANNED))
                .extracting(Violation::defaultText).containsExactly("Assessor b's SILVER_AUDITOR qualification ended on 2026-03-14, before the planned date 2026-03-15");
    }

    @Test
    void anotherQualificationDoesNotCount() {
        assertThat(rules.assignmentProblems(gold("a", "DK"), CLUSTER, Qualification.BENCHMARKING_EXPERT, PLANNED))
                .extracting(Violation::defaultText).containsExactly("Assessor a does not hold the BENCHMARKING_EXPERT qualification");
    }

    @Test
    void aTieEndingExactlyThreeYearsBeforeThePlannedDateIsAConflictOneDayEarlierIsNot() {
        TiePeriod endedThreeYearsBefore = new TiePeriod(CLUSTER, TieKind.EMPLOYEE, LocalDate.of(2020, 1, 1), PLANNED.minusYears(3));
        TiePeriod endedThreeYearsAndADayBefore = new TiePeriod(CLUSTER, TieKind.EMPLOYEE, LocalDate.of(2020, 1, 1),
                PLANNED.minusYears(3).minusDays(1));

        assertThat(rules.assignmentProblems(gold("a", "DK", endedThreeYearsBefore), CLUSTER, Qualification.GOLD_ASSESSOR, PLANNED))
                .extracting(Violation::defaultText).containsExactly("Assessor a was EMPLOYEE of cluster 2 from 2020-01-01 to 2023-03-15, within 3 years before 2026-03-15");
        assertThat(rules.assignmentProblems(gold("a", "DK", endedThreeYearsAndADayBefore), CLUSTER,
                Qualification.GOLD_ASSESSOR, PLANNED)).isEmpty();
    }

    @Test
    void onlyTiesMayBeWaivedNeverAQualificationOrTheGoldPairRules() {
        TiePeriod member = new TiePeriod(CLUSTER, TieKind.MEMBER, LocalDate.of(2010, 1, 1), null);
        TiePeriod ended = new TiePeriod(CLUSTER, TieKind.EMPLOYEE, LocalDate.of(2020, 1, 1), PLANNED.minusYears(1));

        assertThat(rules.assignmentProblems(gold("a", "DK", member, ended), CLUSTER, Qualification.GOLD_ASSESSOR, PLANNED))
                .hasSize(2).allMatch(AssignmentRules::waivable);
        assertThat(rules.assignmentProblems(gold("a", "DK", member), CLUSTER, Qualification.SILVER_AUDITOR, PLANNED))
                .filteredOn(v -> !AssignmentRules.waivable(v)).extracting(Violation::code)
                .containsExactly("rule.assessor.notQualified");
        assertThat(rules.goldPairProblems(gold("a", "DK"), gold("b", "DK"), "DK")).noneMatch(AssignmentRules::waivable);
    }

    @Test
    void anOngoingTieOfAnyKindIsAConflictButOnlyForThatCluster() {
        TiePeriod member = new TiePeriod(CLUSTER, TieKind.MEMBER, LocalDate.of(2010, 1, 1), null);

        assertThat(rules.assignmentProblems(gold("a", "DK", member), CLUSTER, Qualification.GOLD_ASSESSOR, PLANNED))
                .extracting(Violation::defaultText).containsExactly("Assessor a is MEMBER of cluster 2 since 2010-01-01, within 3 years before 2026-03-15");
        assertThat(rules.assignmentProblems(gold("a", "DK", member), 7L, Qualification.GOLD_ASSESSOR, PLANNED)).isEmpty();
    }

    @Test
    void aTieThatStartsAfterThePlannedDateIsNoConflictYet() {
        TiePeriod later = new TiePeriod(CLUSTER, TieKind.CONSULTANT, PLANNED.plusDays(1), null);

        assertThat(rules.assignmentProblems(gold("a", "DK", later), CLUSTER, Qualification.GOLD_ASSESSOR, PLANNED)).isEmpty();
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        Candidate inactive = new Candidate("a", "DK", false, Map.of(),
                List.of(new TiePeriod(CLUSTER, TieKind.CONSULTANT, LocalDate.of(2025, 1, 1), null)));

        assertThat(rules.assignmentProblems(inactive, CLUSTER, Qualification.GOLD_ASSESSOR, PLANNED)).hasSize(3)
                .extracting(Violation::defaultText).contains("Assessor a is no longer active", "Assessor a does not hold the GOLD_ASSESSOR qualification");
    }

    @Test
    void aGoldPairNeedsTwoDifferentAssessors() {
        assertThat(rules.goldPairProblems(gold("a", "SE"), gold("A", "SE"), "DK"))
                .extracting(Violation::defaultText).containsExactly("A Gold audit needs two different assessors, not a twice");
    }

    @Test
    void aGoldPairNeedsOneAssessorFromAnotherCountryThanTheCluster() {
        assertThat(rules.goldPairProblems(gold("a", "DK"), gold("b", "DK"), "DK")).singleElement().extracting(Violation::defaultText).asString()
                .startsWith("A Gold audit needs at least one assessor from another country than the cluster's (DK)");
        assertThat(rules.goldPairProblems(gold("a", "DK"), gold("b", "DK"), null)).hasSize(1);
        assertThat(rules.goldPairProblems(gold("a", "DK"), gold("b", "SE"), "DK")).isEmpty();
        assertThat(rules.goldPairProblems(gold("a", "DK"), gold("b", "DK"), "NO")).isEmpty();
    }

    @Test
    void settingsChangeTheConflictPeriodAndCanDropTheForeignExpert() {
        AssignmentRules relaxed = new AssignmentRules(new AssessorSettings(1, false));
        TiePeriod endedTwoYearsBefore = new TiePeriod(CLUSTER, TieKind.EMPLOYEE, LocalDate.of(2020, 1, 1), PLANNED.minusYears(2));

        assertThat(relaxed.assignmentProblems(gold("a", "DK", endedTwoYearsBefore), CLUSTER, Qualification.GOLD_ASSESSOR, PLANNED))
                .isEmpty();
        assertThat(rules.assignmentProblems(gold("a", "DK", endedTwoYearsBefore), CLUSTER, Qualification.GOLD_ASSESSOR, PLANNED))
                .hasSize(1);
        assertThat(relaxed.goldPairProblems(gold("a", "DK"), gold("b", "DK"), "DK")).isEmpty();
        assertThat(relaxed.goldPairProblems(gold("a", "DK"), gold("a", "DK"), "DK")).hasSize(1);
    }
}
