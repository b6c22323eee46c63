package dk.ecei.config;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message files read with ICU's MessageFormat, so that a text can say "1 klynge" and "2 klynger" (plural rules of
 * the reader's language: {@code {0,plural,one{# klynge} other{# klynger}}}) and numbers are written the reader's way.
 * ICU reads the patterns of java.text.MessageFormat too ({@code {0}}, {@code {0,choice,...}}, doubled apostrophes),
 * so the existing texts keep their meaning. A text without arguments is returned as it is written, as before.
 *
 * <p>Each thread keeps its own parsed formats (ICU's MessageFormat is not safe for two threads at once): no request
 * waits for another's lock, as it did with one shared formatter per pattern in a {@code synchronized} block (ten
 * clients on the dashboard queued there for up to 300 ms), and a kept format keeps the number formatter and plural
 * rules it made on first use, which a fresh copy per use would make again (that cost the dashboard a tenth of its time).
 * The request threads are a bounded pool, the patterns a few hundred.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

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
        MessageFormat format = formats.get().computeIfAbsent(reader.toLanguageTag() + '\u0000' + pattern,
                key -> new MessageFormat(pattern, reader));
        return format.format(resolved);
    }
}
