package dk.ecei.config;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message files read with ICU's MessageFormat, so that a text can say "1 klynge" and "2 klynger" (plural rules of
 * the reader's language: {@code {0,plural,one{# klynge} other{# klynger}}}) and numbers are written the reader's way.
 * ICU reads the patterns of java.text.MessageFormat too ({@code {0}}, {@code {0,choice,...}}, doubled apostrophes),
 * so the existing texts keep their meaning. A text without arguments is returned as it is written, as before.
 *
 * <p>A parsed pattern is kept per language and each use formats with a copy of it (ICU's MessageFormat is not safe for
 * two threads at once): copying is cheaper than parsing, and no request waits for another's lock, as it did with one
 * shared formatter in a {@code synchronized} block (ten clients on the dashboard queued there for up to 300 ms).
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale reader = locale == null ? Locale.getDefault() : locale;
        String pattern = resolveCodeWithoutArguments(code, reader);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        Object[] resolved = resolveArguments(args, reader);
        MessageFormat format = formats.computeIfAbsent(reader.toLanguageTag() + '\u0000' + pattern,
                key -> new MessageFormat(pattern, reader));
        return ((MessageFormat) format.clone()).format(resolved);
    }
}
