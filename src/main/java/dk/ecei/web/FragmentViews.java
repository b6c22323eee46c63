package dk.ecei.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A fragment of a template written to a string as the page's own view would write it: the same view resolver, so
 * messages, links, {@code @fmt} and the request's parameters work as in the page. For a part of a page that is written
 * once and kept (see {@link DashboardPages}); the page inserts the string unescaped, as Thymeleaf escaped it already.
 */
@Component
class FragmentViews {

    private final ThymeleafViewResolver views;

    FragmentViews(ThymeleafViewResolver views) {
        this.views = views;
    }

    /** The fragment {@code template :: fragment} with this model, in the reader's language. */
    String render(String fragment, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
        try {
            View view = views.resolveViewName(fragment, LocaleContextHolder.getLocale());
            if (view == null) {
                throw new IllegalStateException("No view " + fragment);
            }
            StringWriter out = new StringWriter(32 * 1024);
            PrintWriter writer = new PrintWriter(out);
            view.render(model, request, new Captured(response, writer));
            writer.flush();
            return out.toString();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not write " + fragment, e);
        }
    }

    /** The response as the fragment's view sees it: its text goes to the writer; headers and status stay untouched. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        Captured(HttpServletResponse response, PrintWriter writer) {
            super(response);
            this.writer = writer;
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("A fragment is written as text");
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
