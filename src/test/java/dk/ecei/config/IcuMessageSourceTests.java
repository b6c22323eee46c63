package dk.ecei.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The message files read with ICU: plurals per language, the older patterns unchanged. */
class IcuMessageSourceTests {

    private static final Locale DA = Locale.forLanguageTag("da");
    private final MessageSource messages = new MessagesConfig().messageSource();

    @Test
    void pluralsFollowTheReadersLanguage() {
        assertThat(messages.getMessage("home.found", new Object[] {1}, DA)).isEqualTo("1 mærke passer til søgningen");
        assertThat(messages.getMessage("home.found", new Object[] {2}, DA)).isEqualTo("2 mærker passer til søgningen");
        assertThat(messages.getMessage("home.found", new Object[] {1}, Locale.ENGLISH)).isEqualTo("1 label matches the search");
        assertThat(messages.getMessage("clusters.count", new Object[] {2500}, DA)).isEqualTo("2.500 klynger");
        assertThat(messages.getMessage("clusters.count", new Object[] {2500}, Locale.ENGLISH)).isEqualTo("2,500 clusters");
        assertThat(messages.getMessage("dashboard.days", new Object[] {1}, DA)).isEqualTo("1 dag");
    }

    @Test
    void choicePatternsApostrophesAndNestedTextsKeepWorking() {
        assertThat(messages.getMessage("rule.missing.stories", new Object[] {1}, DA)).isEqualTo("Én succeshistorie mere");
        assertThat(messages.getMessage("rule.missing.stories", new Object[] {2}, Locale.ENGLISH)).isEqualTo("2 more success stories");
        assertThat(messages.getMessage("rule.pair.noForeignExpert", new Object[] {"A", "B", "DK"}, Locale.ENGLISH))
                .contains("the cluster's (DK)");
        assertThat(messages.getMessage("rule.assessor.notQualified",
                new Object[] {"Anna", new DefaultMessageSourceResolvable("qualification.GOLD_ASSESSOR")}, DA))
                .isEqualTo("Anna har ikke kvalifikationen Guld-bedømmer.");
        assertThat(messages.getMessage("common.yes", null, DA)).isEqualTo("Ja");
    }
}
