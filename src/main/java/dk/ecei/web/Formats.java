package dk.ecei.web;

import dk.ecei.shared.ProblemTexts;
import dk.ecei.shared.Violation;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, numbers and sizes written the way the reader's language writes them ("31. marts 2018" and
 * "1,5" in Danish, "31 March 2018" and "1.5" in English). Templates call it as {@code @fmt}.
 */
@Component("fmt")
class Formats {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final ProblemTexts texts;

    Formats(ProblemTexts texts) {
        this.texts = texts;
    }

    /** A reason the system stored (codes, read in the reader's language) or a person wrote (shown as written). */
    public String reason(String stored) {
        List<Violation> reasons = Violation.fromStored(stored);
        return reasons.isEmpty() ? stored : String.join(" ", reasons.stream().map(this::text).toList());
    }

    /** A broken rule, a refusal or a conflict in the reader's language (dates written the reader's way). */
    public String text(Object reason) {
        if (reason instanceof Violation violation) {
            return texts.text(violation, LocaleContextHolder.getLocale());
        }
        return reason == null ? "" : reason.toString();
    }

    /*
     * The formatters of each language, made once: a table of 120 months called them 500 times a page. Date formatters
     * are immutable; a NumberFormat is not safe for two threads, so each use formats with a copy of the kept one.
     */
    private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> DATE_TIMES = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> MONTHS = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> NUMBERS = new ConcurrentHashMap<>();

    public String date(LocalDate date) {
        return date == null ? "" : DATES.computeIfAbsent(locale(),
                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l)).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIMES.computeIfAbsent(locale(), l -> DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(l).withZone(DANISH_TIME)).format(instant);
    }

    public String number(Number number) {
        if (number == null) {
            return "";
        }
        NumberFormat format = (NumberFormat) NUMBERS.computeIfAbsent(locale(), l -> {
            NumberFormat kept = NumberFormat.getNumberInstance(l);
            kept.setMaximumFractionDigits(2);
            return kept;
        }).clone();
        return format.format(number instanceof BigDecimal decimal ? decimal : number);
    }

    /** A share (0.8387) as a percentage the reader's way ("83,8 %" / "83.8 %"), cut, not rounded, as the score is compared. */
    public String percent(BigDecimal share) {
        return share == null ? "" : number(share.movePointRight(2).setScale(1, java.math.RoundingMode.DOWN)) + " %";
    }

    /** A stored answer as the reader writes it: digits with a point as a number, YES/NO as Ja/Nej; text unchanged. */
    public String answer(String value) {
        if ("YES".equals(value) || "NO".equals(value)) {
            return texts.text("YES".equals(value) ? "common.yes" : "common.no", locale());
        }
        if (value != null && value.matches("\\d+(\\.\\d+)?")) {
            NumberFormat format = NumberFormat.getNumberInstance(locale());
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(10);
            return format.format(new BigDecimal(value));
        }
        return value;
    }

    public String bytes(long bytes) {
        if (bytes < 1024) {
            return number(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return number(BigDecimal.valueOf(bytes / 1024.0).setScale(1, java.math.RoundingMode.HALF_UP)) + " kB";
        }
        return number(BigDecimal.valueOf(bytes / (1024.0 * 1024.0)).setScale(1, java.math.RoundingMode.HALF_UP)) + " MB";
    }

    /** A month and its year ("marts 2018", "March 2018"). */
    public String month(LocalDate date) {
        return date == null ? "" : MONTHS.computeIfAbsent(locale(), l -> DateTimeFormatter.ofPattern("LLLL yyyy", l)).format(date);
    }

    /** The name of a field of the cluster register by its code in the reader's language; an unknown code as it is. */
    public String field(String code) {
        return code == null ? "" : texts.text("field." + code, LocaleContextHolder.getLocale());
    }

    /** The name of a region by its code; null for a cluster without a region (UNKNOWN), so the page says so. */
    public String region(String code) {
        if (code == null) {
            return null;
        }
        String key = "region." + code;
        String name = texts.text(key, LocaleContextHolder.getLocale());
        return name.equals(key) ? null : name;
    }

    /** Picks the Danish or the English name of a thing that carries both. */
    public String local(String danish, String english) {
        return isDanish() ? danish : english;
    }

    public boolean isDanish() {
        return "da".equals(locale().getLanguage());
    }

    public String lang() {
        return locale().getLanguage();
    }

    /** English dates in British order ("31 March 2018"); Danish as Danish. */
    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.UK : locale;
    }
}
