package dk.ecei.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security filters answer in the same problem+json shape as the rest of the API. */
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                "Log in or send a valid bearer token.");
    }

    /** A refusal of somebody who has not logged in (a missing CSRF token, say) asks for a login rather than forbids. */
    AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            if (CurrentUser.get().isAnonymous()) {
                write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Log in or send a valid bearer token.");
            } else {
                write(response, HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");
            }
        };
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
