package dk.ecei.notification;

import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a notice's mail from the templates {@code templates/mail/notice.html} and {@code notice.txt}, in the
 * recipient's language. Its own template engine (not a bean, so the pages keep Boot's) reads the same message files.
 */
@Component
class MailComposer {

    /** A mail's parts in one language. */
    record Composed(String subject, String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MailSettings settings;

    MailComposer(MessageSource messages, MailSettings settings) {
        this.settings = settings;
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        resolver.setResolvablePatterns(Set.of(pattern));
        return resolver;
    }

    Composed compose(NoticeTexts.Text text, String recipientName, String link, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("subject", text.subject());
        context.setVariable("body", text.body());
        context.setVariable("name", recipientName);
        context.setVariable("link", link == null ? null : settings.baseUrl() + link);
        context.setVariable("settingsLink", settings.baseUrl() + "/notifications/settings");
        return new Composed(text.subject(), engine.process("notice.txt", context), engine.process("notice.html", context));
    }
}
