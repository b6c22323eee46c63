package dk.ecei.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reach a controller still answer problem+json in the reader's language: the container's own
 * refusals (an invalid URI such as "%00", "%2F" or "/../"), and every error that ends at /error for an /api/** call
 * (a firewall refusal, a filter's sendError). Pages keep the error page.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    BasicErrorController problemAwareErrorController(ErrorAttributes errorAttributes, ServerProperties server,
            ObjectProvider<ErrorViewResolver> resolvers, ProblemTexts texts, ObjectMapper json) {
        return new ProblemAwareErrorController(errorAttributes, server, resolvers, texts, json);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ProblemTexts texts, ObjectMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve(texts, json));
            }
        });
    }

    static ProblemDetail problemFor(int status, Locale locale, ProblemTexts texts) {
        HttpStatus known = HttpStatus.resolve(status);
        return texts.problem(known == null ? HttpStatus.BAD_REQUEST : known, ProblemTexts.kindOf(status), locale);
    }

    /** /error: problem+json for API calls, Spring Boot's error page (templates/error.html) for pages. */
    static final class ProblemAwareErrorController extends BasicErrorController {

        private final ProblemTexts texts;
        private final ObjectMapper json;

        ProblemAwareErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                ObjectProvider<ErrorViewResolver> resolvers, ProblemTexts texts, ObjectMapper json) {
            super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
            this.texts = texts;
            this.json = json;
        }

        @Override
        public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
            if (!isApiCall(request)) {
                return super.errorHtml(request, response);
            }
            ProblemDetail problem = problem(request);
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            try {
                json.writeValue(response.getOutputStream(), problem);
            } catch (IOException e) {
                // The client went away; nothing more to tell it.
            }
            return null;
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            if (!isApiCall(request)) {
                return super.error(request);
            }
            ProblemDetail problem = problem(request);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", problem.getType().toString());
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }

        private ProblemDetail problem(HttpServletRequest request) {
            int status = getStatus(request).value();
            // An error that escaped everything else is still never shown as more than "something went wrong".
            return problemFor(status < 400 ? 500 : status, ProblemTexts.localeOf(request), texts);
        }

        private static boolean isApiCall(HttpServletRequest request) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return uri instanceof String path && path.startsWith("/api/");
        }
    }

    /**
     * Replaces Tomcat's HTML error report: what the connector refuses before any servlet runs (an invalid URI, a
     * malformed request line) answers with the same problem+json, and never with the server's name or a stack trace.
     */
    static final class ProblemReportValve extends ErrorReportValve {

        private final ProblemTexts texts;
        private final ObjectMapper json;

        ProblemReportValve(ProblemTexts texts, ObjectMapper json) {
            this.texts = texts;
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            Locale locale = ProblemTexts.localeOf(request.getHeader("Accept-Language"));
            ProblemDetail problem = status == 400
                    ? texts.problem(HttpStatus.BAD_REQUEST, "path", locale)
                    : problemFor(status, locale, texts);
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response already started; nothing more to send.
            }
        }
    }
}
