package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ecei.config.IcuMessageSource;
import dk.ecei.shared.ProblemTexts;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A stored answer is shown the reader's way: numbers with the reader's decimal sign, yes/no in words, text as typed. */
class AnswerFormatsTests {

    private final Formats formats;

    AnswerFormatsTests() {
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

    @Test
    void danishReaderSeesJaNejAndADecimalComma() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
        assertThat(formats.answer("YES")).isEqualTo("Ja");
        assertThat(formats.answer("NO")).isEqualTo("Nej");
        assertThat(formats.answer("12.5")).isEqualTo("12,5");
        assertThat(formats.answer("1250000")).isEqualTo("1250000");
        assertThat(formats.answer("Vi samarbejder med YES-netværket")).isEqualTo("Vi samarbejder med YES-netværket");
    }

    @Test
    void englishReaderSeesYesNoAndADecimalPoint() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.answer("YES")).isEqualTo("Yes");
        assertThat(formats.answer("NO")).isEqualTo("No");
        assertThat(formats.answer("12.5")).isEqualTo("12.5");
    }
}
