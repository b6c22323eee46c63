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

    /** Each thread formats with its own kept formats: many threads at once get every number right. */
    @Test
    void manyThreadsFormatAtOnceWithoutMixingTheirArguments() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<String>>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    java.util.List<String> wrong = new java.util.ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        int n = thread * 10_000 + i;
                        String text = messages.getMessage("dashboard.days", new Object[] {n}, DA);
                        String expected = (n == 1 ? "1 dag" : java.text.NumberFormat.getIntegerInstance(DA).format(n) + " dage");
                        if (!text.equals(expected)) {
                            wrong.add(text + " for " + n);
                        }
                    }
                    return wrong;
                }));
            }
            for (java.util.concurrent.Future<java.util.List<String>> f : futures) {
                assertThat(f.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
