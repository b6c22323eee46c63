package dk.ecei.label;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.label.LabelValidityPolicy.LabelPeriod;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelValidityPolicyTests {

    private final LabelValidityPolicy policy = new LabelValidityPolicy(LabelValiditySettings.ecei());

    @Test
    void aLabelRunsTwoYearsFromTheMonthOfTheAssessment() {
        assertThat(policy.validUntil(LabelLevel.BRONZE, LocalDate.of(2016, 3, 15), Optional.empty()))
                .isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(policy.validUntil(LabelLevel.GOLD, LocalDate.of(2016, 3, 1), Optional.empty()))
                .isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(policy.validUntil(LabelLevel.SILVER, LocalDate.of(2016, 3, 31), Optional.empty()))
                .isEqualTo(LocalDate.of(2018, 3, 31));
    }

    @Test
    void februaryOfALeapYearEndsOnTheLastDayOfFebruaryTwoYearsLater() {
        assertThat(policy.validUntil(LabelLevel.BRONZE, LocalDate.of(2024, 2, 29), Optional.empty()))
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aBronzeRenewedWithinAYearAfterExpiryRunsThreeYearsFromTheEndOfThePreviousPeriod() {
        LabelPeriod previous = new LabelPeriod(LabelLevel.BRONZE, LocalDate.of(2016, 3, 15), LocalDate.of(2018, 3, 31));

        assertThat(policy.validUntil(LabelLevel.BRONZE, LocalDate.of(2019, 3, 31), Optional.of(previous)))
                .as("renewed on the last day of the renewal window").isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(policy.validUntil(LabelLevel.BRONZE, LocalDate.of(2018, 1, 10), Optional.of(previous)))
                .as("renewed before expiry").isEqualTo(LocalDate.of(2021, 3, 31));
    }

    @Test
    void aBronzeBenchmarkMoreThanAYearAfterExpiryStartsAFreshPeriod() {
        LabelPeriod previous = new LabelPeriod(LabelLevel.BRONZE, LocalDate.of(2016, 3, 15), LocalDate.of(2018, 3, 31));

        assertThat(policy.renews(LabelLevel.BRONZE, LocalDate.of(2019, 4, 1), previous)).isFalse();
        assertThat(policy.validUntil(LabelLevel.BRONZE, LocalDate.of(2019, 4, 1), Optional.of(previous)))
                .isEqualTo(LocalDate.of(2021, 4, 30));
    }

    @Test
    void onlyBronzeGetsTheThreeYearRenewal() {
        LabelPeriod previousGold = new LabelPeriod(LabelLevel.GOLD, LocalDate.of(2016, 3, 15), LocalDate.of(2018, 3, 31));

        assertThat(policy.renews(LabelLevel.GOLD, LocalDate.of(2018, 2, 1), previousGold)).isFalse();
        assertThat(policy.validUntil(LabelLevel.GOLD, LocalDate.of(2018, 2, 1), Optional.of(previousGold)))
                .isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void settingsChangeThePeriods() {
        LabelValidityPolicy threeYears = new LabelValidityPolicy(new LabelValiditySettings(36, 6, 48));
        LabelPeriod previous = new LabelPeriod(LabelLevel.BRONZE, LocalDate.of(2016, 3, 15), LocalDate.of(2019, 3, 31));

        assertThat(threeYears.validUntil(LabelLevel.BRONZE, LocalDate.of(2016, 3, 15), Optional.empty()))
                .isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(threeYears.renews(LabelLevel.BRONZE, LocalDate.of(2019, 10, 1), previous)).isFalse();
        assertThat(threeYears.validUntil(LabelLevel.BRONZE, LocalDate.of(2019, 9, 30), Optional.of(previous)))
                .isEqualTo(LocalDate.of(2023, 3, 31));
    }
}
