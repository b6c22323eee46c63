package dk.ecei.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become answers: every error is application/problem+json with a status, a title
 * and a detail that a person can act on. No stack trace ever reaches the client.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ProblemTexts texts;

    public ApiErrors(ProblemTexts texts) {
        this.texts = texts;
    }

    /** The reader's language as MVC resolved it: the language cookie, else Accept-Language, else Danish. */
    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return refused(HttpStatus.NOT_FOUND, "notFound", e);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return refused(HttpStatus.CONFLICT, "conflict", e);
    }

    /** The loser of a race: names what changed meanwhile, so a client knows what to reload. */
    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail concurrentChange(ConcurrentChangeException e) {
        ProblemDetail problem = refused(HttpStatus.CONFLICT, "stale", e);
        problem.setProperty("changed", e.changed());
        if (e.changedId() != null) {
            problem.setProperty("changedId", e.changedId());
        }
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(IllegalStateChangeException.class)
    ProblemDetail illegalState(IllegalStateChangeException e) {
        return refused(HttpStatus.CONFLICT, "illegalState", e);
    }

    /** A refusal with its reason in the reader's language as the detail and its code for programs. */
    private ProblemDetail refused(HttpStatus status, String kind, Refusal e) {
        ProblemDetail problem = texts.problem(status, kind, texts.text(e.reason(), locale()), locale());
        problem.setProperty("code", e.reason().code());
        return problem;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        Locale locale = locale();
        List<String> reasons = e.violations().stream().map(v -> texts.text(v, locale)).toList();
        ProblemDetail problem = texts.problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule", reasons.isEmpty()
                ? texts.text("problem.rule.title", locale) : String.join(" ", reasons), locale);
        // The reasons in the reader's language for people; the violations with their stable codes and fields for programs.
        problem.setProperty("reasons", reasons);
        problem.setProperty("violations", e.violations().stream().map(v -> violation(v, locale)).toList());
        return problem;
    }

    private Map<String, Object> violation(Violation v, Locale locale) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (v.field() != null) {
            entry.put("field", v.field());
        }
        entry.put("code", v.code() == null ? "rule.uncoded" : v.code());
        entry.put("arguments", v.arguments().stream().map(String::valueOf).toList());
        entry.put("reason", texts.text(v, locale));
        return entry;
    }

    @ExceptionHandler(RejectedFileException.class)
    ProblemDetail rejectedFile(RejectedFileException e) {
        return e.isTooLarge()
                ? refused(HttpStatus.PAYLOAD_TOO_LARGE, "fileTooLarge", e)
                : refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "fileType", e);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        ProblemDetail problem = texts.problem(HttpStatus.CONFLICT, "stale", locale());
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
        return texts.problem(HttpStatus.CONFLICT, "stale", locale());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        return texts.problem(HttpStatus.CONFLICT, "conflict", texts.text("problem.integrity.detail", locale()), locale());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        ProblemDetail problem = texts.problem(HttpStatus.BAD_REQUEST, "badRequest", locale());
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail accessDenied(RuntimeException e) {
        return texts.problem(HttpStatus.FORBIDDEN, "forbidden", locale());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        // The exception's message is for the log (English, technical); the reader gets the request's fault in their words.
        log.info("Refused a request: {}", e.getMessage());
        return texts.problem(HttpStatus.BAD_REQUEST, "badRequest", locale());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return withErrors(texts.problem(HttpStatus.BAD_REQUEST, "badRequest", locale()),
                List.of(error(e.field(), texts.text(e.messageKey(), locale(), e.arguments()))));
    }

    /** A multipart body that cannot be parsed (no boundary, a broken part): the client's fault, never a 500. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return problemResponse(texts.problem(HttpStatus.PAYLOAD_TOO_LARGE, "fileTooLarge", locale()));
        }
        log.info("Refused a multipart body that cannot be parsed: {}", e.getMessage());
        return problemResponse(texts.problem(HttpStatus.BAD_REQUEST, "malformed",
                texts.text("problem.multipart.detail", locale()), locale()));
    }

    /**
     * Whatever else goes wrong while answering an API call: logged with its stack trace, answered without it. The
     * tests treat every such answer as a bug to fix with a 4xx mapping above.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse || !request.getRequestURI().startsWith("/api/")) {
            throw e;
        }
        log.error("Unexpected error answering an API call", e);
        return problemResponse(texts.problem(HttpStatus.INTERNAL_SERVER_ERROR, "server", locale()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = texts.problem(HttpStatus.BAD_REQUEST, "badRequest", locale());
        List<Map<String, String>> errors = new ArrayList<>(ex.getBindingResult().getFieldErrors().stream()
                .map(ApiErrors::fieldError)
                .toList());
        ex.getBindingResult().getGlobalErrors().forEach(g -> errors.add(error(g.getObjectName(), String.valueOf(g.getDefaultMessage()))));
        return problemResponse(withErrors(problem, errors));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problemResponse(texts.problem(HttpStatus.PAYLOAD_TOO_LARGE, "fileTooLarge", locale()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Framework errors (malformed JSON, wrong types, unsupported media type) keep their status but never
        // echo parser internals back to the client.
        if (body == null && ex instanceof org.springframework.web.ErrorResponse errorResponse) {
            body = errorResponse.getBody();
        }
        if (body instanceof ProblemDetail problem) {
            localise(problem, ex, statusCode);
        }
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        return answer == null ? null : ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(e -> errors.add(error(String.valueOf(name), String.valueOf(e.getDefaultMessage()))));
        });
        return problemResponse(withErrors(texts.problem(HttpStatus.BAD_REQUEST, "badRequest", locale()), errors));
    }

    /** Framework refusals keep their status, get a title and detail in the reader's language and name the field. */
    private void localise(ProblemDetail problem, Exception ex, HttpStatusCode status) {
        Locale locale = locale();
        String kind = ProblemTexts.kindOf(status.value());
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            kind = "malformed";
            String field = jsonPath(unreadable.getMostSpecificCause());
            if (!field.isEmpty()) {
                problem.setProperty("errors", List.of(error(field, texts.text("input.type", locale))));
            }
        }
        problem.setTitle(texts.text("problem." + kind + ".title", locale));
        if (ex instanceof MissingServletRequestParameterException missing) {
            problem.setDetail(texts.text("problem.param.detail", locale, missing.getParameterName()));
            problem.setProperty("errors", List.of(error(missing.getParameterName(), texts.text("input.required", locale))));
        } else if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            problem.setDetail(texts.text("problem.param.detail", locale, mismatch.getName()));
            problem.setProperty("errors", List.of(error(mismatch.getName(), texts.text("input.type", locale))));
        } else if (ex instanceof MissingServletRequestPartException missingPart) {
            problem.setDetail(texts.text("problem.multipart.detail", locale));
            problem.setProperty("errors", List.of(error(missingPart.getRequestPartName(), texts.text("input.required", locale))));
        } else {
            problem.setDetail(texts.text("problem." + kind + ".detail", locale));
        }
    }

    /** The JSON path of the value Jackson could not read (details.members.companies, answers[2]), or "". */
    private static String jsonPath(Throwable cause) {
        if (!(cause instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() > 200 ? path.substring(0, 200) : path.toString();
    }

    private static Map<String, String> fieldError(FieldError error) {
        return error(error.getField(), String.valueOf(error.getDefaultMessage()));
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static <T> ResponseEntity<T> problemResponse(ProblemDetail problem) {
        @SuppressWarnings("unchecked")
        T body = (T) problem;
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
