package dk.ecei.shared;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ProblemDetail;

/**
 * The error answers of an API endpoint that changes something (OpenAPI): 400 for a body or parameter of the wrong
 * shape, 403 when the caller may not make this move, 404 for what does not exist or is not the caller's to see, 409
 * for a step that is not (or no longer) open or a concurrent change, 422 for a broken business rule with its
 * {@code reasons} and {@code violations}; each application/problem+json in the reader's language ({@link ApiErrors}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(responseCode = "400", description = "The body or a parameter is malformed or out of bounds",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "The caller may not make this move",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Not found, or not the caller's to see",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "409", description = "The step is not open (any more), or someone changed it meanwhile",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "422", description = "A business rule is broken; reasons and violations say which",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
public @interface WriteProblems {
}
