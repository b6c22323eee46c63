package dk.ecei.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.shared.IllegalStateChangeException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabelTests {

    private static Label gold(LocalDate awardedOn, LocalDate validUntil) {
        return new Label(1L, LabelLevel.GOLD, awardedOn, awardedOn, validUntil, 7L, null, "test", Instant.now());
    }

    @Test
    void aLabelIsValidFromItsAwardToItsLastDayBothIncluded() {
        Label label = gold(LocalDate.of(2016, 6, 15), LocalDate.of(2018, 6, 30));

        assertThat(label.isValidOn(LocalDate.of(2016, 6, 14))).isFalse();
        assertThat(label.isValidOn(LocalDate.of(2016, 6, 15))).isTrue();
        assertThat(label.isValidOn(LocalDate.of(2018, 6, 30))).isTrue();
        assertThat(label.isValidOn(LocalDate.of(2018, 7, 1))).isFalse();
    }

    @Test
    void supportStaffMaySetTheEndDateToAnyDayFromTheAwardOnWithAReason() {
        Label label = gold(LocalDate.of(2016, 6, 15), LocalDate.of(2018, 6, 30));

        label.setValidUntil(LocalDate.of(2016, 6, 15), "Issued for the day of the award only");
        assertThat(label.getValidUntil()).isEqualTo(LocalDate.of(2016, 6, 15));
        label.setValidUntil(LocalDate.of(2018, 12, 18), "The board issued it until 2018/12/18");
        assertThat(label.getValidUntil()).isEqualTo(LocalDate.of(2018, 12, 18));
        assertThat(label.isValidOn(LocalDate.of(2018, 12, 18))).isTrue();
        assertThat(label.isValidOn(LocalDate.of(2018, 12, 19))).isFalse();

        assertThatThrownBy(() -> label.setValidUntil(LocalDate.of(2016, 6, 14), "before the award"))
                .isInstanceOfSatisfying(dk.ecei.shared.BusinessRuleException.class,
                        e -> assertThat(e.violations()).extracting(dk.ecei.shared.Violation::code)
                                .containsExactly("rule.label.untilBeforeAward"));
        assertThatThrownBy(() -> label.setValidUntil(LocalDate.of(2018, 12, 1), " "))
                .isInstanceOf(dk.ecei.shared.BusinessRuleException.class);
        label.withdraw(LocalDate.of(2017, 1, 10), "Cluster closed");
        assertThatThrownBy(() -> label.setValidUntil(LocalDate.of(2018, 12, 1), "too late"))
                .isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void aWithdrawnLabelStopsCountingOnTheDayOfWithdrawal() {
        Label label = gold(LocalDate.of(2016, 6, 15), LocalDate.of(2018, 6, 30));

        label.withdraw(LocalDate.of(2017, 1, 10), "Cluster closed");

        assertThat(label.getStatus()).isEqualTo(LabelStatus.WITHDRAWN);
        assertThat(label.isValidOn(LocalDate.of(2017, 1, 9))).isTrue();
        assertThat(label.isValidOn(LocalDate.of(2017, 1, 10))).isFalse();
        assertThatThrownBy(() -> label.withdraw(LocalDate.of(2017, 2, 1), "again"))
                .isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void aLabelExpiresOnlyAfterItsLastDay() {
        Label label = gold(LocalDate.of(2016, 6, 15), LocalDate.of(2018, 6, 30));

        assertThatThrownBy(() -> label.expire(LocalDate.of(2018, 6, 30)))
                .isInstanceOfSatisfying(IllegalStateChangeException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("problem.state.labelStillValid");
                    assertThat(e.reason().arguments()).endsWith(LocalDate.of(2018, 6, 30), LocalDate.of(2018, 6, 30));
                });
        assertThat(label.getStatus()).isEqualTo(LabelStatus.ACTIVE);

        label.expire(LocalDate.of(2018, 7, 1));

        assertThat(label.getStatus()).isEqualTo(LabelStatus.EXPIRED);
        // The reason is a code with the date, for each reader to read in their language; no English sentence.
        assertThat(dk.ecei.shared.Violation.fromStored(label.getStatusReason()))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.code()).isEqualTo("label.statusReason.expired");
                    assertThat(reason.arguments()).containsExactly(LocalDate.of(2018, 6, 30));
                });
        assertThatThrownBy(() -> label.expire(LocalDate.of(2018, 7, 2))).isInstanceOf(IllegalStateChangeException.class);
        assertThatThrownBy(() -> label.withdraw(LocalDate.of(2018, 7, 2), "late")).isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void aLabelCannotEndBeforeItStartsNorBeAwardedBeforeItsAssessment() {
        assertThatThrownBy(() -> gold(LocalDate.of(2018, 1, 1), LocalDate.of(2017, 12, 31)))
                .isInstanceOf(dk.ecei.shared.InvalidFieldException.class);
        assertThatThrownBy(() -> new Label(1L, LabelLevel.BRONZE, LocalDate.of(2018, 2, 1), LocalDate.of(2018, 1, 1),
                LocalDate.of(2020, 2, 29), null, null, null, Instant.now())).isInstanceOf(dk.ecei.shared.InvalidFieldException.class);
    }

    @Test
    void aWithdrawalNeedsAReason() {
        Label label = gold(LocalDate.of(2016, 6, 15), LocalDate.of(2018, 6, 30));

        assertThatThrownBy(() -> label.withdraw(LocalDate.of(2017, 1, 10), " ")).isInstanceOf(dk.ecei.shared.InvalidFieldException.class);
        assertThat(label.getStatus()).isEqualTo(LabelStatus.ACTIVE);
    }

    @Test
    void eachReminderStageIsSentOnceAndTheRenewalReminderOnlyAfterExpiry() {
        Label label = gold(LocalDate.of(2016, 6, 15), LocalDate.of(2018, 6, 30));

        label.remindOfExpiry(LocalDate.of(2018, 4, 1), 90);
        label.remindOfExpiry(LocalDate.of(2018, 5, 1), 60);

        assertThat(label.getRemindersSent()).containsOnlyKeys("D90", "D60")
                .containsEntry("D90", LocalDate.of(2018, 4, 1));
        assertThat(label.wasReminded(Label.expiryStage(60))).isTrue();
        assertThat(label.wasReminded(Label.expiryStage(30))).isFalse();
        assertThatThrownBy(() -> label.remindOfExpiry(LocalDate.of(2018, 5, 2), 60))
                .isInstanceOf(IllegalStateChangeException.class);
        assertThatThrownBy(() -> label.remindOfRenewalWindow(LocalDate.of(2018, 5, 2)))
                .isInstanceOf(IllegalStateChangeException.class);

        label.expire(LocalDate.of(2018, 7, 1));
        label.remindOfRenewalWindow(LocalDate.of(2019, 6, 1));

        assertThat(label.wasReminded(Label.RENEWAL_STAGE)).isTrue();
        assertThatThrownBy(() -> label.remindOfExpiry(LocalDate.of(2019, 6, 2), 7))
                .isInstanceOf(IllegalStateChangeException.class);
        assertThatThrownBy(() -> label.remindOfRenewalWindow(LocalDate.of(2019, 6, 2)))
                .isInstanceOf(IllegalStateChangeException.class);
    }
}
