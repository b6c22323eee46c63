package dk.ecei.web;

import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.InvalidPageException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of the pages as pages, in the reader's language; the API keeps its problem+json (ApiErrors). Expected form
 * errors never get here: the page controllers show them next to their fields.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        return page(response, model, 404, "error.notFound", List.of(e.reason()));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    String forbidden(HttpServletResponse response, Model model) {
        return page(response, model, 403, "error.forbidden", List.of());
    }

    /** The refusal's reason in the page's language; a stale write of the database has none beyond the page's text. */
    @ExceptionHandler({IllegalStateChangeException.class, ConflictException.class, OptimisticLockingFailureException.class})
    String conflict(RuntimeException e, HttpServletResponse response, Model model) {
        List<Object> reasons = e instanceof Refusal refusal ? List.of(refusal.reason()) : List.of();
        return page(response, model, 409, "error.conflict", reasons);
    }

    @ExceptionHandler(BusinessRuleException.class)
    String businessRule(BusinessRuleException e, HttpServletResponse response, Model model) {
        return page(response, model, 422, "error.rule", e.violations());
    }

    @ExceptionHandler(InvalidPageException.class)
    String badPage(HttpServletResponse response, Model model) {
        return page(response, model, 400, "error.badPage", List.of());
    }

    private static String page(HttpServletResponse response, Model model, int status, String messageKey, List<?> details) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("details", details);
        return "error";
    }
}
