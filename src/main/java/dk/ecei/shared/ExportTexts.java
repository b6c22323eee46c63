package dk.ecei.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What an export says, in the reader's language: column headers ({@code export.column.<column>}), sheet names
 * ({@code export.sheet.<name>}, a trailing date written the reader's way), and the codes of the columns that hold codes
 * ({@code export.values.<column>} names the message prefix, e.g. {@code level} for GOLD -> "Guld"). A Danish CSV is
 * separated by semicolons and writes decimal commas, as Danish Excel reads it; an English one uses commas and points.
 * The JSON answers keep their stable codes: only files for people are translated.
 */
@Component
public class ExportTexts {

    private static final Pattern DATED = Pattern.compile("(.*?) (\\d{4}-\\d{2}-\\d{2}|\\d{4})");

    private final MessageSource messages;

    public ExportTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The texts for the language of the current request. */
    public Reader forReader() {
        return forLocale(LocaleContextHolder.getLocale());
    }

    public Reader forLocale(Locale locale) {
        return new Reader("en".equals(locale.getLanguage()) ? Locale.ENGLISH : ProblemTexts.DANISH);
    }

    /** The export texts of one language. */
    public final class Reader {

        private final Locale locale;
        private final Locale written;

        private Reader(Locale locale) {
            this.locale = locale;
            this.written = "en".equals(locale.getLanguage()) ? Locale.UK : locale;
        }

        public boolean danish() {
            return !"en".equals(locale.getLanguage());
        }

        public char separator() {
            return danish() ? ';' : ',';
        }

        public String column(String column) {
            return messages.getMessage("export.column." + column, null, column, locale);
        }

        /** "Counts 2016-12-31" -> "Antal 31. dec. 2016"; "Reports 2018" -> "Indberetninger 2018". */
        public String sheet(String name) {
            if (name == null) {
                return null;
            }
            Matcher dated = DATED.matcher(name);
            String base = dated.matches() ? dated.group(1) : name;
            String text = messages.getMessage("export.sheet." + base.replace(' ', '_'), null, base, locale);
            if (!dated.matches()) {
                return text;
            }
            String when = dated.group(2).length() == 4 ? dated.group(2)
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(written).format(LocalDate.parse(dated.group(2)));
            return text + " " + when;
        }

        /** A cell's value for a person: a code of a coded column as its name, yes and no as words; else as it is. */
        public Object value(String column, Object value) {
            if (value instanceof Boolean b) {
                return messages.getMessage(b ? "common.yes" : "common.no", null, locale);
            }
            if (value instanceof String s && !s.isEmpty()) {
                String prefix = messages.getMessage("export.values." + column, null, null, locale);
                if (prefix != null) {
                    return String.join(", ", java.util.Arrays.stream(s.split(";"))
                            .map(code -> messages.getMessage(prefix + "." + code, null, code, locale)).toList());
                }
            }
            return value;
        }

        /** A value as text in a CSV file: numbers, dates and times the reader's way, times in Danish time. */
        public String text(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Number n && !(value instanceof Integer || value instanceof Long)) {
                DecimalFormat decimals = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(written));
                return decimals.format(n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.doubleValue()));
            }
            if (value instanceof LocalDate date) {
                return DateTimeFormatter.ofPattern(danish() ? "dd-MM-yyyy" : "dd/MM/yyyy").format(date);
            }
            if (value instanceof Instant instant) {
                return DateTimeFormatter.ofPattern(danish() ? "dd-MM-yyyy HH:mm" : "dd/MM/yyyy HH:mm")
                        .withZone(TableExports.DANISH_TIME).format(instant);
            }
            return value.toString();
        }

        /** The number format of date cells in a workbook. */
        public String dateFormat() {
            return danish() ? "dd-mm-yyyy" : "dd/mm/yyyy";
        }

        public String dateTimeFormat() {
            return dateFormat() + " hh:mm";
        }
    }
}
