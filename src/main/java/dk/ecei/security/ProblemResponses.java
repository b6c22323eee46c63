package dk.ecei.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.ecei.shared.ProblemTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 401 and 403 from the security filters, and the firewall's refusals, answer in the same problem+json shape and
 * language as the rest of the API.
 */
final class ProblemResponses {

    private final ObjectMapper json;
    private final ProblemTexts texts;

    ProblemResponses(ObjectMapper json, ProblemTexts texts) {
        this.json = json;
        this.texts = texts;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    /** A refusal of somebody who has not logged in (a missing CSRF token, say) asks for a login rather than forbids. */
    AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            if (CurrentUser.get().isAnonymous()) {
                write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
            } else {
                write(request, response, HttpStatus.FORBIDDEN, "forbidden");
            }
        };
    }

    /** The firewall's refusal of an address ("%00", an encoded "../", "//", ";"): a 400, never a 500 or a page. */
    RequestRejectedHandler rejected() {
        return (request, response, e) -> write(request, response, HttpStatus.BAD_REQUEST, "path");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind)
            throws IOException {
        ProblemDetail problem = texts.problem(status, kind, ProblemTexts.localeOf(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
