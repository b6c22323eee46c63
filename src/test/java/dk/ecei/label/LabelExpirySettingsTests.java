package dk.ecei.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which reminder stage is due for a label with so many days left. */
class LabelExpirySettingsTests {

    private final LabelExpirySettings stages = new LabelExpirySettings(List.of(7, 90, 30, 60, 30), 30);

    @Test
    void theStagesAreKeptLargestFirstWithoutRepeats() {
        assertThat(stages.expiryReminderDays()).containsExactly(90, 60, 30, 7);
        assertThat(stages.furthestStage()).isEqualTo(90);
    }

    @Test
    void theStageDueIsTheSmallestTheDaysLeftHaveReached() {
        assertThat(stages.stageFor(120)).isEqualTo(-1);
        assertThat(stages.stageFor(91)).isEqualTo(-1);
        assertThat(stages.stageFor(90)).isEqualTo(90);
        assertThat(stages.stageFor(61)).isEqualTo(90);
        assertThat(stages.stageFor(60)).isEqualTo(60);
        assertThat(stages.stageFor(45)).isEqualTo(60);
        assertThat(stages.stageFor(30)).isEqualTo(30);
        assertThat(stages.stageFor(8)).isEqualTo(30);
        assertThat(stages.stageFor(7)).isEqualTo(7);
        assertThat(stages.stageFor(0)).isEqualTo(7);
    }
}
