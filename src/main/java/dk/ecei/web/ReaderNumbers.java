package dk.ecei.web;

import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers typed the reader's way: a Dane writes "1.250.000" and "12,5", an English reader "1,250,000" and "12.5", as
 * the pages themselves write numbers. The answer rules take plain decimals (a point or a comma before the decimals),
 * so the thousands separators of the reader's language are taken out first, and only where they group digits in
 * threes; anything else is left for the rules to judge (and to explain).
 */
@Component
class ReaderNumbers {

    private static final Pattern DANISH_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /** The value as a plain decimal when it is a number grouped the reader's way; otherwise as typed. */
    String plain(String typed, Locale locale) {
        if (typed == null) {
            return null;
        }
        String value = typed.strip().replace('\u00a0', ' ').replace(" ", "");
        if ("da".equals(locale.getLanguage()) && DANISH_GROUPED.matcher(value).matches()) {
            return value.replace(".", "");
        }
        if ("en".equals(locale.getLanguage()) && ENGLISH_GROUPED.matcher(value).matches()) {
            return value.replace(",", "");
        }
        return typed.strip().isEmpty() ? typed : (value.matches("[\\d.,]+") ? value : typed);
    }

    /** The answers with the numeric ones made plain (text answers as typed). */
    Map<String, String> answers(Map<String, String> typed, Map<String, IndicatorView> indicators) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> plain = new LinkedHashMap<>();
        typed.forEach((code, value) -> {
            IndicatorView indicator = indicators.get(code);
            boolean numeric = indicator != null
                    && (indicator.answerKind() == AnswerKind.NUMBER || indicator.answerKind() == AnswerKind.PERCENT);
            plain.put(code, numeric ? plain(value, locale) : value);
        });
        return plain;
    }
}
