package dk.ecei.assessment;

import static dk.ecei.assessment.AggregateFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.IllegalStateChangeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Bronze benchmark's own moves, legal and illegal, and the events each registers. */
class BronzeBenchmarkTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final Map<String, ReportSection> REPORT = Map.of("B1", new ReportSection("found", "recommended"));
    private static final List<SuccessStory> STORIES = List.of(new SuccessStory("a", "x"), new SuccessStory("b", "y"),
            new SuccessStory("c", "z"));

    private final Map<String, dk.ecei.indicator.CatalogueView.IndicatorView> questionnaire = questionnaire("B1.1", "B1.2");

    private BronzeBenchmark requested() {
        BronzeBenchmark bronze = new BronzeBenchmark(7L, 1L, "manager-7", REQUESTED);
        bronze.startedAs("process-1", java.util.List.of(dk.ecei.shared.Violation.text("Bronze benchmark for cluster 7")));
        return bronze;
    }

    private BronzeBenchmark submitted() {
        BronzeBenchmark bronze = requested();
        bronze.assignExpert("expert", TODAY, REQUESTED);
        saveAnswers(bronze, answers("B1.1", "B1.2"), questionnaire, "manager-7", REQUESTED);
        bronze.replaceSuccessStories(STORIES, REQUESTED);
        bronze.submit(questionnaire.keySet(), TODAY, REQUESTED);
        bronze.clearDomainEvents();
        return bronze;
    }

    @Test
    void theWholeWayFromRequestToReportRegistersAnEventForEachMove() {
        BronzeBenchmark bronze = requested();
        assertThat(bronze.getLevel()).isEqualTo(LabelLevel.BRONZE);
        assertThat(bronze.getStatus()).isEqualTo(AssessmentStatus.REQUESTED);
        bronze.assignExpert("expert", TODAY, LATER);
        assertThat(bronze.getStatus()).isEqualTo(AssessmentStatus.SELF_ASSESSMENT);
        assertThat(lastEvent(bronze, ExpertAssigned.class).experts()).containsExactly("expert");
        saveAnswers(bronze, answers("B1.1", "B1.2"), questionnaire, "manager-7", LATER);
        bronze.replaceSuccessStories(STORIES, LATER);
        bronze.submit(questionnaire.keySet(), TODAY, LATER);
        assertThat(bronze.getStatus()).isEqualTo(AssessmentStatus.UNDER_REVIEW);
        bronze.requestClarification(List.of("B1.1"), "Why?", questionnaire.keySet(), "expert", LATER);
        assertThat(bronze.getStatus()).isEqualTo(AssessmentStatus.CLARIFICATION_REQUESTED);
        bronze.answerClarification("Because", null, "manager-7", LATER);
        assertThat(bronze.getStatus()).isEqualTo(AssessmentStatus.UNDER_REVIEW);
        bronze.recordReport(TODAY, REPORT, Set.of("B1"), "summary", TODAY, LATER);
        assertThat(bronze.getStatus()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(bronze.getCompletedAt()).isEqualTo(LATER);
        bronze.labelAwarded(99L, LocalDate.of(2028, 3, 31));
        assertThat(bronze.getLabelId()).isEqualTo(99L);
        assertThat(eventNames(bronze)).containsExactly("AssessmentRequested", "ExpertAssigned", "AnswersSaved",
                "SuccessStoriesSaved", "SelfAssessmentSubmitted", "ClarificationRequested", "ClarificationAnswered",
                "ReportWritten", "LabelAwarded");
        assertThat(String.join("", lastEvent(bronze, LabelAwarded.class).auditDetail().stream().map(dk.ecei.shared.Violation::defaultText).toList())).isEqualTo("BRONZE label 99 valid until 2028-03-31");
        assertThat(lastEvent(bronze, LabelAwarded.class).auditDetail().get(0).arguments()).contains(99L, java.time.LocalDate.of(2028, 3, 31));
    }

    @Test
    void anExpertIsAssignedOnlyToAWaitingRequest() {
        BronzeBenchmark bronze = requested();
        bronze.assignExpert("expert", TODAY, LATER);
        assertThatThrownBy(() -> bronze.assignExpert("other", TODAY, LATER)).isInstanceOf(IllegalStateChangeException.class);
        assertThat(bronze.getExpertUsername()).isEqualTo("expert");
    }

    @Test
    void theEscalationHappensOnlyWhileTheRequestWaits() {
        BronzeBenchmark bronze = requested();
        assertThat(bronze.escalateAssignment(Duration.ofDays(7), LATER)).isTrue();
        assertThat(bronze.isAssignmentEscalated()).isTrue();
        assertThat(lastEvent(bronze, AssignmentEscalated.class).notices()).singleElement()
                .satisfies(n -> {
                    assertThat(n.code()).isEqualTo("notice.escalated");
                    assertThat(n.arguments()).last().isEqualTo(7L);
                });
        BronzeBenchmark assigned = requested();
        assigned.assignExpert("expert", TODAY, LATER);
        assertThat(assigned.escalateAssignment(Duration.ofDays(7), LATER)).isFalse();
        assertThat(eventNames(assigned)).doesNotContain("AssignmentEscalated");
    }

    @Test
    void anIncompleteSelfAssessmentIsNotSubmittedAndNothingChanges() {
        BronzeBenchmark bronze = requested();
        assertThatThrownBy(() -> bronze.submit(questionnaire.keySet(), TODAY, LATER))
                .isInstanceOf(IllegalStateChangeException.class);
        bronze.assignExpert("expert", TODAY, LATER);
        saveAnswers(bronze, answers("B1.1"), questionnaire, "manager-7", LATER);
        assertThatThrownBy(() -> bronze.submit(questionnaire.keySet(), TODAY, LATER))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("Answer to B1.2", "3 more success stories"));
        assertThat(bronze.getStatus()).isEqualTo(AssessmentStatus.SELF_ASSESSMENT);
        assertThat(eventNames(bronze)).doesNotContain("SelfAssessmentSubmitted");
    }

    @Test
    void answersThatDoNotFitAreAllRefusedAndNoneIsSaved() {
        BronzeBenchmark bronze = requested();
        assertThatThrownBy(() -> saveAnswers(bronze, Map.of("B1.1", "fine", "X9", "unknown"), questionnaire, "m", LATER))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(bronze.getAnswers()).isEmpty();
        assertThatThrownBy(() -> bronze.replaceSuccessStories(List.of(STORIES.get(0), STORIES.get(1), STORIES.get(2),
                STORIES.get(0)), LATER)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void duringAClarificationOnlyTheNamedIndicatorsChange() {
        BronzeBenchmark bronze = submitted();
        assertThatThrownBy(() -> saveAnswers(bronze, answers("B1.1"), questionnaire, "manager-7", LATER))
                .isInstanceOf(IllegalStateChangeException.class);
        assertThatThrownBy(() -> bronze.requestClarification(List.of(), "?", questionnaire.keySet(), "expert", LATER))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> bronze.answerClarification("no round open", null, "manager-7", LATER))
                .isInstanceOf(IllegalStateChangeException.class);
        bronze.requestClarification(List.of("B1.2"), "Why?", questionnaire.keySet(), "expert", LATER);
        assertThat(lastEvent(bronze, ClarificationRequested.class).round()).isEqualTo(1);
        assertThatThrownBy(() -> saveAnswers(bronze, Map.of("B1.1", "changed"), questionnaire, "manager-7", LATER))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("B1.1 is not part of the open clarification request"));
        saveAnswers(bronze, Map.of("B1.2", "changed"), questionnaire, "manager-7", LATER);
        assertThat(bronze.getAnswers().get("B1.2").value()).isEqualTo("changed");
        assertThatThrownBy(() -> bronze.recordReport(TODAY, REPORT, Set.of("B1"), null, TODAY, LATER))
                .isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void theReportNeedsEveryGroupAndAnInterviewBetweenTheRequestAndToday() {
        BronzeBenchmark bronze = submitted();
        assertThatThrownBy(() -> bronze.recordReport(TODAY.plusDays(1), Map.of(), Set.of("B1"), null, TODAY, LATER))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons()).containsExactly(
                        "The interview date 2026-03-21 is in the future", "Findings and recommendations for group B1"));
        assertThatThrownBy(() -> bronze.recordReport(LocalDate.of(2026, 3, 1), REPORT, Set.of("B1"), null, TODAY, LATER))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("The interview date 2026-03-01 is before the request"));
        assertThat(bronze.getStatus()).isEqualTo(AssessmentStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> bronze.labelAwarded(1L, TODAY)).isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void aWithdrawalNeedsAReasonAndEndsOnlyAnOpenBenchmark() {
        BronzeBenchmark bronze = submitted();
        assertThatThrownBy(() -> bronze.withdraw("manager-7", " ", LATER)).isInstanceOf(BusinessRuleException.class);
        bronze.withdraw("manager-7", " No time ", LATER);
        assertThat(bronze.getStatus()).isEqualTo(AssessmentStatus.WITHDRAWN);
        assertThat(bronze.getWithdrawalReason()).isEqualTo("No time");
        assertThat(lastEvent(bronze, AssessmentWithdrawn.class).experts()).containsExactly("expert");
        assertThatThrownBy(() -> bronze.withdraw("manager-7", "again", LATER)).isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void theRequestDayIsTheDanishDayEvenAtHalfPastElevenUtc() {
        // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen: the request was made on 2 March.
        BronzeBenchmark bronze = new BronzeBenchmark(7L, 1L, "manager-7", java.time.Instant.parse("2026-03-01T23:30:00Z"));
        bronze.assignExpert("expert", TODAY, LATER);
        saveAnswers(bronze, answers("B1.1", "B1.2"), questionnaire, "manager-7", LATER);
        bronze.replaceSuccessStories(STORIES, LATER);
        bronze.submit(questionnaire.keySet(), TODAY, LATER);
        assertThatThrownBy(() -> bronze.recordReport(LocalDate.of(2026, 3, 1), REPORT, Set.of("B1"), null,
                LocalDate.of(2026, 3, 2), LATER)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).reasons())
                        .containsExactly("The interview date 2026-03-01 is before the request"));
        bronze.recordReport(LocalDate.of(2026, 3, 2), REPORT, Set.of("B1"), null, LocalDate.of(2026, 3, 2), LATER);
        assertThat(bronze.getInterviewDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }
}
