package dk.ecei.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying.Notice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice's arguments survive the notification table, and a notice takes only what a reader's text can show. */
class NoticeArgumentsTests {

    @Test
    void everyKindOfArgumentComesBackAsItWent() {
        List<Object> arguments = List.of("tekst: med kolon", 7L, LocalDate.of(2026, 12, 31), Instant.parse("2026-12-02T07:00:00Z"),
                Notice.cluster(12L), Notice.person("assessor1"), Notice.text("level.GOLD"));

        assertThat(NoticeArguments.decode(NoticeArguments.encode(arguments))).isEqualTo(arguments);
        assertThat(NoticeArguments.decode(null)).isEmpty();
    }

    @Test
    void aNoticeRefusesAnArgumentNoReaderCouldRead() {
        assertThatThrownBy(() -> Notice.toUser("u", Kind.RESULT, "notice.withdrawn", "/", Duration.ofDays(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duration");
    }
}
