package dk.ecei.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The texts of problem+json answers in the reader's language: Danish unless the request's Accept-Language prefers
 * English. Used by the MVC mapping, the security filters, the error controller and the container's error valve, so
 * that an answer reads the same wherever the request was refused.
 */
@Component
public class ProblemTexts {

    public static final Locale DANISH = Locale.forLanguageTag("da");
    private static final List<Locale> LANGUAGES = List.of(DANISH, Locale.ENGLISH);

    private static final java.time.ZoneId DANISH_TIME = java.time.ZoneId.of("Europe/Copenhagen");

    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<PersonNames> people;

    /** Texts without names for people: a person in a reason reads as their user name. */
    public ProblemTexts(MessageSource messages) {
        this(messages, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ProblemTexts(MessageSource messages, org.springframework.beans.factory.ObjectProvider<PersonNames> people) {
        this.messages = messages;
        this.people = people;
    }

    /** Danish or English, by the Accept-Language header (a malformed header counts as none). */
    public static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 200) {
            return DANISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return match == null ? DANISH : match;
        } catch (IllegalArgumentException e) {
            return DANISH;
        }
    }

    public static Locale localeOf(HttpServletRequest request) {
        return localeOf(request.getHeader("Accept-Language"));
    }

    /**
     * A broken rule in the reader's language: dates among its arguments written the reader's way ("3. marts 2026",
     * "3 March 2026"), never ISO; a reason without a code (or without a text for it) as its default text.
     */
    public String text(Violation violation, Locale locale) {
        return text(violation, locale, names(violation));
    }

    private String text(Violation violation, Locale locale, java.util.Map<String, String> names) {
        if (violation.code() == null) {
            return violation.defaultText();
        }
        if (Violation.PERSON.equals(violation.code())) {
            String username = violation.arguments().isEmpty() ? "" : String.valueOf(violation.arguments().get(0));
            return names.getOrDefault(username, username);
        }
        Object[] arguments = violation.arguments().stream().map(a -> a instanceof LocalDate date ? date(date, locale)
                : a instanceof java.time.Instant instant ? dateTime(instant, locale)
                : a instanceof Violation nested ? text(nested, locale, names) : a).toArray();
        String text = messages.getMessage(violation.code(), arguments, violation.defaultText(), locale);
        return text == null ? violation.code() : text;
    }

    /** The names of the people among a reason's arguments, nested ones too; none without a {@link PersonNames}. */
    private java.util.Map<String, String> names(Violation violation) {
        PersonNames directory = people == null ? null : people.getIfAvailable();
        if (directory == null) {
            return java.util.Map.of();
        }
        java.util.Set<String> usernames = Violation.people(List.of(violation));
        return usernames.isEmpty() ? java.util.Map.of() : directory.names(usernames);
    }

    /** A moment as a person of that language reads it, in Danish time. */
    public static String dateTime(java.time.Instant instant, Locale locale) {
        Locale written = "en".equals(locale.getLanguage()) ? Locale.UK : locale;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(written)
                .withZone(DANISH_TIME).format(instant);
    }

    /** A date as a person of that language writes it (English in British order). */
    public static String date(LocalDate date, Locale locale) {
        Locale written = "en".equals(locale.getLanguage()) ? Locale.UK : locale;
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(written).format(date);
    }

    public String text(String key, Locale locale, Object... args) {
        Object[] written = java.util.Arrays.stream(args).map(a -> a instanceof LocalDate d ? date(d, locale) : a).toArray();
        return messages.getMessage(key, written, key, locale);
    }

    /** A problem whose title is {@code <kind>.title} and whose detail is {@code <kind>.detail}. */
    public ProblemDetail problem(HttpStatusCode status, String kind, Locale locale, Object... args) {
        return problem(status, kind, text("problem." + kind + ".detail", locale, args), locale);
    }

    /** A problem with the title of its kind and a detail of its own. */
    public ProblemDetail problem(HttpStatusCode status, String kind, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("problem." + kind + ".title", locale));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /** The kind of problem a bare status stands for, when nothing more specific is known. */
    public static String kindOf(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "method";
            case 406 -> "notAcceptable";
            case 409 -> "conflict";
            case 413 -> "fileTooLarge";
            case 415 -> "mediaType";
            default -> status >= 500 ? "server" : "other";
        };
    }
}
