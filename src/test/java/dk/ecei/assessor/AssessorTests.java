package dk.ecei.assessor;

import dk.ecei.shared.InvalidFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ecei.shared.IllegalStateChangeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessorTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static AssessorDetails details(String country, List<String> languages) {
        return new AssessorDetails(" Expert.One ", " Expert One ", "one@example.org", country, languages);
    }

    @Test
    void keepsTheUserNameInLowerCaseAsKeycloakDoes() {
        Assessor assessor = new Assessor(details("DK", List.of("da", "en", "da")), NOW);

        assertThat(assessor.getUsername()).isEqualTo("expert.one");
        assertThat(assessor.getFullName()).isEqualTo("Expert One");
        assertThat(assessor.getLanguages()).containsExactly("da", "en");
        assertThat(assessor.isActive()).isTrue();
    }

    @Test
    void refusesCodesThatAreNoIsoCountryOrLanguage() {
        assertThatThrownBy(() -> new Assessor(details("XX", List.of("da")), NOW))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("input.country");
        assertThatThrownBy(() -> new Assessor(details("DK", List.of("qq")), NOW))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("input.language");
    }

    @Test
    void aRenewalRunsBeyondTheCurrentDateAndNeverShortensAQualification() {
        Assessor assessor = new Assessor(details("DK", List.of("da")), NOW);

        assertThat(assessor.grant(Qualification.GOLD_ASSESSOR, LocalDate.of(2027, 12, 31), NOW)).as("renewed").isFalse();
        assertThat(assessor.grant(Qualification.GOLD_ASSESSOR, LocalDate.of(2029, 12, 31), NOW)).as("renewed").isTrue();
        assertThatThrownBy(() -> assessor.grant(Qualification.GOLD_ASSESSOR, LocalDate.of(2029, 12, 31), NOW))
                .isInstanceOf(IllegalStateChangeException.class);
        assertThat(assessor.getQualifications()).containsEntry(Qualification.GOLD_ASSESSOR, LocalDate.of(2029, 12, 31));
    }

    @Test
    void aTieNeverEndsBeforeItStartsNorTwice() {
        assertThatThrownBy(() -> new AssessorTie(2L, TieKind.MEMBER, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31), null))
                .isInstanceOf(InvalidFieldException.class);
        AssessorTie tie = new AssessorTie(2L, TieKind.MEMBER, LocalDate.of(2025, 2, 1), null, " ");

        assertThatThrownBy(() -> tie.end(LocalDate.of(2025, 1, 31))).isInstanceOf(InvalidFieldException.class);
        tie.end(LocalDate.of(2025, 2, 1));
        assertThat(tie.getToDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(tie.getNote()).isNull();
        assertThatThrownBy(() -> tie.end(LocalDate.of(2025, 3, 1))).isInstanceOf(IllegalStateChangeException.class);
    }

    @Test
    void anAssessorIsDeactivatedOnceAndTheRulesSeeIt() {
        Assessor assessor = new Assessor(details("DK", List.of("da")), NOW);
        assessor.declareTie(2L, TieKind.EMPLOYEE, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30), null, NOW);

        assessor.deactivate(NOW);

        assertThatThrownBy(() -> assessor.deactivate(NOW)).isInstanceOf(IllegalStateChangeException.class);
        assertThat(assessor.candidate().active()).isFalse();
        assertThat(assessor.candidate().ties()).singleElement()
                .isEqualTo(new AssignmentRules.TiePeriod(2L, TieKind.EMPLOYEE, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30)));
    }
}
