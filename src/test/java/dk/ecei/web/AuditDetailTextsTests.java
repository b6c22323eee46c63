package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.config.IcuMessageSource;
import dk.ecei.shared.ConcurrentChangeException;
import dk.ecei.shared.PersonNames;
import dk.ecei.shared.ProblemTexts;
import dk.ecei.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An audit entry's detail is stored as codes with arguments and read in the reader's language: people by name,
 * levels and steps by their names, dates the reader's way, whole numbers ids without grouping.
 */
class AuditDetailTextsTests {

    private final Formats formats;

    AuditDetailTextsTests() {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        formats = new Formats(new ProblemTexts(messages));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private String read(Violation stored, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        Violation back = Violation.fromStored(Violation.stored(List.of(stored))).get(0);
        Map<String, String> names = Map.of("assessor1", "Anna Andersen", "assessor2", "Bo Berg");
        assertThat(dk.ecei.shared.Violation.people(List.of(back))).containsExactlyInAnyOrder(
                dk.ecei.shared.Violation.people(List.of(stored)).toArray(String[]::new));
        return formats.text(PeopleNames.named(back, names));
    }

    @Test
    void theExpertPairIsNamedAndTheDateWrittenTheReadersWay() {
        Violation assigned = Violation.of("trail.detail.pairAssigned", "assessor1 and assessor2, 2-day audit planned from 2026-12-01",
                Violation.person("assessor1"), Violation.person("assessor2"), 2, LocalDate.of(2026, 12, 1));

        assertThat(read(assigned, ProblemTexts.DANISH))
                .isEqualTo("Anna Andersen og Bo Berg; audit på 2 dage planlagt fra 1. december 2026.");
        assertThat(read(assigned, Locale.ENGLISH))
                .isEqualTo("Anna Andersen and Bo Berg; 2 days of audit planned from 1 December 2026.");
    }

    @Test
    void aLevelIsNamedInTheReadersLanguageAndAnIdHasNoGrouping() {
        Violation awarded = Violation.of("trail.detail.labelAwarded", "GOLD label 1234 valid until 2029-03-31",
                Violation.named("level.GOLD", "GOLD"), 1234L, LocalDate.of(2029, 3, 31));

        assertThat(read(awarded, ProblemTexts.DANISH)).isEqualTo("Guld-mærke nr. 1234, gyldigt til 31. marts 2029.");
        assertThat(read(awarded, Locale.ENGLISH)).isEqualTo("Gold label no. 1234, valid until 31 March 2029.");
    }

    @Test
    void proposedFiguresAreWrittenTheReadersWayAndAMissingValueAsNone() {
        Violation proposed = Violation.of("trail.detail.figuresProposed", "proposal 3: fte=0.5, members=...", 3L,
                Violation.of("trail.detail.figures", "fte=0.5", new java.math.BigDecimal("0.5"),
                        Violation.of("cluster.membersText", null, 1200, 40, 3, 2, 1)));

        assertThat(read(proposed, ProblemTexts.DANISH)).isEqualTo("Forslag 3: 0,5 årsværk i sekretariatet; 1.200 virksomheder"
                + " (heraf 40 SMV'er), 3 videninstitutioner, 2 offentlige aktører, 1 andre.");
        assertThat(read(proposed, Locale.ENGLISH)).isEqualTo("Proposal 3: 0.5 FTE in the secretariat; 1,200 companies"
                + " (of which 40 SMEs), 3 knowledge institutions, 2 public actors, 1 other.");
        Violation registered = Violation.of("trail.detail.cluster", "name=CLEAN, cvr=null", "CLEAN",
                Violation.named("trail.detail.noValue", "none"), "https://clean.dk");
        assertThat(read(registered, ProblemTexts.DANISH)).isEqualTo("CLEAN, CVR ingen, websted https://clean.dk.");
    }

    @Test
    void aRefusalNamesThePersonByTheNameTheApplicationKnows() {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        PersonNames register = usernames -> usernames.contains("assessor1") ? Map.of("assessor1", "Anna Andersen") : Map.of();
        ProblemTexts texts = new ProblemTexts(messages,
                new org.springframework.beans.factory.support.StaticListableBeanFactory(Map.of("people", register))
                        .getBeanProvider(PersonNames.class));
        Violation claimed = ConcurrentChangeException.reason("claimed", Violation.person("assessor1"));

        assertThat(texts.text(claimed, ProblemTexts.DANISH)).isEqualTo("Opgaven er allerede overtaget af Anna Andersen.");
        assertThat(texts.text(claimed, Locale.ENGLISH)).isEqualTo("The task is already claimed by Anna Andersen.");
        assertThat(texts.text(ConcurrentChangeException.reason("claimed", Violation.person("nobody")), Locale.ENGLISH))
                .isEqualTo("The task is already claimed by nobody.");
    }

    @Test
    void anUnknownUserStaysByUserNameAndAnOldTextAsWritten() {
        assertThat(read(Violation.of("trail.detail.deactivated", "x", Violation.person("someone")), ProblemTexts.DANISH))
                .isEqualTo("someone kan ikke længere tildeles.");
        assertThat(Violation.fromStored("round 1 on [G1.1]")).isEmpty();
    }
}
