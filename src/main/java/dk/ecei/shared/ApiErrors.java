package dk.ecei.shared;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become answers: every error is application/problem+json with a status, a title
 * and a detail that a person can act on. No stack trace ever reaches the client.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    /** The loser of a race: names what changed meanwhile, so a client knows what to reload. */
    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail concurrentChange(ConcurrentChangeException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed meanwhile", e.getMessage());
        problem.setProperty("changed", e.changed());
        if (e.changedId() != null) {
            problem.setProperty("changedId", e.changedId());
        }
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(IllegalStateChangeException.class)
    ProblemDetail illegalState(IllegalStateChangeException e) {
        return problem(HttpStatus.CONFLICT, "Illegal state change", e.getMessage());
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Business rule violated", e.getMessage());
        problem.setProperty("reasons", e.reasons());
        return problem;
    }

    @ExceptionHandler(RejectedFileException.class)
    ProblemDetail rejectedFile(RejectedFileException e) {
        return e.isTooLarge()
                ? problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", e.getMessage())
                : problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File type not allowed", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Stale version",
                "Somebody else changed this record in the meantime; reload it and apply your change again.");
        if (e instanceof org.springframework.orm.ObjectOptimisticLockingFailureException stale) {
            String type = stale.getPersistentClassName();
            problem.setProperty("changed", type == null ? "record" : type.substring(type.lastIndexOf('.') + 1));
            if (stale.getIdentifier() != null) {
                problem.setProperty("changedId", String.valueOf(stale.getIdentifier()));
            }
        }
        return problem;
    }

    /** A stale JPA write that escaped Spring's translation (at commit), and a lock lost to a deadlock: also a race. */
    @ExceptionHandler({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class,
            org.springframework.dao.PessimisticLockingFailureException.class})
    ProblemDetail lostRace(RuntimeException e) {
        log.info("A concurrent write lost a race: {}", e.toString());
        return problem(HttpStatus.CONFLICT, "Changed meanwhile",
                "Somebody else changed this record at the same moment; reload it and apply your change again.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict",
                "The change clashes with stored data (for example a duplicate name or CVR number).");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some values are not valid.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail accessDenied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid.");
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiErrors::fieldError)
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "The upload is larger than allowed.");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Framework errors (malformed JSON, wrong types, unsupported media type) keep their status but never
        // echo parser internals back to the client.
        if (body == null && ex instanceof org.springframework.web.ErrorResponse errorResponse) {
            body = errorResponse.getBody();
        }
        if (body instanceof ProblemDetail problem && ex instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            problem.setTitle("Malformed request body");
            problem.setDetail("The request body is not valid JSON of the expected shape.");
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
