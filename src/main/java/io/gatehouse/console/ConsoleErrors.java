package io.gatehouse.console;

import io.gatehouse.shared.DomainException;
import io.gatehouse.web.DatabaseOutage;
import io.gatehouse.web.NotSignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals and faults in the console become a plain page with a sentence for people; never a stack trace or an
 * exception's text (only {@link DomainException}s carry messages written for users). Forms catch their own
 * refusals and show them next to the fields; what reaches this class is a refusal of the whole page.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(NotSignedIn.class)
    String notSignedIn() {
        return "redirect:/login";
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException refusal) {
        return switch (refusal.kind()) {
            case NOT_FOUND -> page(HttpStatus.NOT_FOUND, "Not found",
                    "There is nothing here, or it is not yours to see.");
            case FORBIDDEN -> page(HttpStatus.FORBIDDEN, "Not allowed",
                    "Your roles do not allow this. An organization owner can change your roles.");
            case UNAUTHENTICATED -> new ModelAndView("redirect:/login");
            case RATE_LIMITED -> page(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts", refusal.getMessage());
            case UNAVAILABLE -> page(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable", refusal.getMessage());
            case CONFLICT -> page(HttpStatus.CONFLICT, "Not possible", refusal.getMessage());
            case INVALID -> page(HttpStatus.BAD_REQUEST, "Not possible", refusal.getMessage());
        };
    }

    @ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
    ModelAndView malformed() {
        return page(HttpStatus.BAD_REQUEST, "Bad request", "The page was asked for in a way it does not understand.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method() {
        return page(HttpStatus.METHOD_NOT_ALLOWED, "Not found", "There is nothing here.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (DatabaseOutage.in(e).isPresent()) {
            log.warn("Database unavailable: {}", e.getMessage());
            return page(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
                    "Gatehouse cannot reach its database right now. Try again in a moment.");
        }
        log.error("Unexpected error in the console", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Something went wrong on our side. Try again; if it persists, tell your administrator.");
    }

    static ModelAndView page(HttpStatus status, String title, String message) {
        ModelAndView page = new ModelAndView("console/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("message", message);
        return page;
    }
}
