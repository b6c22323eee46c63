package dk.ecei.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.indicator.NewCatalogueVersion.NewCategory;
import dk.ecei.indicator.NewCatalogueVersion.NewIndicator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewCatalogueVersionTests {

    static NewIndicator bronze(String code) {
        return new NewIndicator(code, "Spørgsmål " + code, "Question " + code, null, null, AnswerKind.TEXT, null, null, null, false);
    }

    static NewIndicator gold(String code, AnswerKind kind, ThresholdOperator op, String value) {
        return new NewIndicator(code, "Indikator " + code, "Indicator " + code, null, null, kind, null, op,
                value == null ? null : new BigDecimal(value), false);
    }

    static NewCatalogueVersion catalogue(List<NewIndicator> goldIndicators) {
        return new NewCatalogueVersion("V-TEST", "Test", null, new BigDecimal("0.8"), List.of(
                new NewCategory(Scheme.BRONZE, "B1", "Struktur", "Structure", List.of(bronze("B1.1"))),
                new NewCategory(Scheme.GOLD, "G1", "Struktur", "Structure", goldIndicators)));
    }

    @Test
    void aConsistentCatalogueHasNoProblems() {
        assertThat(catalogue(List.of(gold("G1.1", AnswerKind.NUMBER, ThresholdOperator.AT_LEAST, "50"),
                gold("G1.2", AnswerKind.YES_NO, ThresholdOperator.YES, null),
                gold("G1.3", AnswerKind.TEXT, ThresholdOperator.ASSESSED, null))).problems()).isEmpty();
    }

    @Test
    void goldIndicatorsNeedAThresholdThatFitsTheirAnswer() {
        List<String> problems = catalogue(List.of(
                gold("G1.1", AnswerKind.NUMBER, null, null),
                gold("G1.2", AnswerKind.TEXT, ThresholdOperator.AT_LEAST, "3"),
                gold("G1.3", AnswerKind.PERCENT, ThresholdOperator.AT_MOST, null),
                gold("G1.4", AnswerKind.YES_NO, ThresholdOperator.YES, "1"),
                gold("G1.4", AnswerKind.YES_NO, ThresholdOperator.YES, null))).problems().stream()
                .map(dk.ecei.shared.Violation::defaultText).toList();

        assertThat(problems).hasSize(5);
        assertThat(problems).anyMatch(p -> p.contains("G1.1") && p.contains("needs a threshold operator"))
                .anyMatch(p -> p.contains("G1.2") && p.contains("does not fit"))
                .anyMatch(p -> p.contains("G1.3") && p.contains("needs threshold value"))
                .anyMatch(p -> p.contains("G1.4") && p.contains("takes no threshold value"))
                .anyMatch(p -> p.contains("G1.4") && p.contains("used twice"));
    }

    @Test
    void bothSchemesMustBePresentAndBronzeQuestionsTakeNoThreshold() {
        NewCatalogueVersion onlyBronze = new NewCatalogueVersion("V", "T", null, BigDecimal.ONE, List.of(
                new NewCategory(Scheme.BRONZE, "B1", "a", "a", List.of(
                        new NewIndicator("B1.1", "a", "a", null, null, AnswerKind.NUMBER, null, ThresholdOperator.AT_LEAST,
                                BigDecimal.TEN, false)))));

        assertThat(onlyBronze.problems()).extracting(dk.ecei.shared.Violation::code)
                .contains("rule.catalogue.noScheme", "rule.catalogue.bronzeNoThreshold");
        assertThat(onlyBronze.problems().stream().map(dk.ecei.shared.Violation::defaultText)).anyMatch(p -> p.contains("no GOLD categories"))
                .anyMatch(p -> p.contains("B1.1") && p.contains("takes no threshold"));
    }
}
