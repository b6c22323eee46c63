package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.dashboard.DashboardViews.SeriesPoint;
import dk.ecei.dashboard.DashboardViews.SeriesView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelChartTests {

    @Test
    void coordinatesHaveOneDecimalRoundedHalfUpWithAPoint() {
        assertThat(LabelChart.fmt(0)).isEqualTo("0.0");
        assertThat(LabelChart.fmt(12.34)).isEqualTo("12.3");
        assertThat(LabelChart.fmt(12.35)).isEqualTo("12.4");
        assertThat(LabelChart.fmt(39.96)).isEqualTo("40.0");
        assertThat(LabelChart.fmt(710)).isEqualTo("710.0");
    }

    @Test
    void theGoldLineRunsFromTheFirstMonthAtTheLeftToTheLastAtTheRight() {
        SeriesView series = new SeriesView("2025-01", "2025-02", "NONE", 10, 10, List.of(
                new SeriesPoint(LocalDate.of(2025, 1, 31), "ALL", 0, 3, 7),
                new SeriesPoint(LocalDate.of(2025, 2, 28), "ALL", 20, 4, 8)));
        LabelChart chart = LabelChart.of(series);
        // Highest 20 with steps of 5: the axis ends at 25, so 20 is at 250 - 238 * 20 / 25 = 59.6.
        assertThat(chart.goldPoints()).isEqualTo("40.0,250.0 710.0,59.6");
        assertThat(chart.xTicks()).extracting(LabelChart.Tick::value).containsExactly(2025);
        assertThat(chart.goals()).hasSize(1);
    }

    @Test
    void theCountAxisKeepsToAFewTicksHoweverManyLabels() {
        assertThat(LabelChart.tickStep(10)).isEqualTo(2);
        assertThat(LabelChart.tickStep(30)).isEqualTo(5);
        assertThat(LabelChart.tickStep(60)).isEqualTo(10);
        assertThat(LabelChart.tickStep(100)).isEqualTo(20);
        assertThat(LabelChart.tickStep(5_000)).isEqualTo(1_000);
        SeriesView national = new SeriesView("2025-01", "2025-01", "NONE", 10, 10, List.of(
                new SeriesPoint(LocalDate.of(2025, 1, 31), "ALL", 4_321, 2_100, 9_000)));
        assertThat(LabelChart.of(national).yTicks()).hasSizeLessThanOrEqualTo(9)
                .extracting(LabelChart.Tick::value).contains(0, 4_000, 5_000);
    }
}
