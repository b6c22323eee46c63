package dk.ecei.config;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.shared.ProblemTexts;
import dk.ecei.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Reasons the system stores (a recommendation, an audit entry) come back as codes with their arguments and read in
 * each reader's language, dates and numbers the reader's way; a text stored before codes is no code.
 */
class StoredReasonsTests {

    private static final Locale DA = ProblemTexts.DANISH;
    private final ProblemTexts texts = new ProblemTexts(new MessagesConfig().messageSource());

    @Test
    void aStoredScoreReasonReadsInEachLanguage() {
        String stored = Violation.stored(List.of(
                Violation.of("rule.score.indicators", "24 of 31 indicators met (77.4 %); Gold needs 80 %", 24, 31,
                        new BigDecimal("77.4"), new BigDecimal("80")),
                Violation.of("rule.score.minimumMissed", "Minimum requirement G4.1 is not met", "G4.1")));

        List<Violation> back = Violation.fromStored(stored);

        assertThat(back).extracting(Violation::code).containsExactly("rule.score.indicators", "rule.score.minimumMissed");
        assertThat(texts.text(back.get(0), DA)).isEqualTo("24 af 31 indikatorer opfyldt (77,4 %); Guld kræver 80 %.");
        assertThat(texts.text(back.get(0), Locale.ENGLISH)).isEqualTo("24 of 31 indicators met (77.4 %); Gold needs 80 %.");
        assertThat(texts.text(back.get(1), DA)).isEqualTo("Minimumskravet G4.1 er ikke opfyldt.");
    }

    @Test
    void aStoredDateComesBackAsADate() {
        List<Violation> back = Violation.fromStored(Violation.stored(List.of(
                Violation.of("rule.score.minimum", "x", LocalDate.of(2026, 12, 1), 7))));

        assertThat(back.get(0).arguments()).containsExactly(LocalDate.of(2026, 12, 1), 7);
    }

    @Test
    void anOldEnglishTextIsNoCode() {
        assertThat(Violation.fromStored("7 of 7 minimum requirements met")).isEmpty();
        assertThat(Violation.fromStored(null)).isEmpty();
    }
}
