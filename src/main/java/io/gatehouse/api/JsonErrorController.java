package io.gatehouse.api;

import io.gatehouse.web.Anonymous;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside a handler (the servlet container, filters, an unknown path) in the API's format; never a
 * stack trace or the container's HTML page. A browser asking for a console page gets the console's error page
 * instead (the view {@code console/error}); under {@code /api} the answer is always JSON, whatever the client accepts.
 */
@RestController
class JsonErrorController implements ErrorController {

    @Anonymous
    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        return forAPerson(request) ? page(status) : body(status);
    }

    private static boolean forAPerson(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !(path instanceof String uri && (uri.equals("/api") || uri.startsWith("/api/")))
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("console/error", status);
        page.addObject("status", status.value());
        if (status == HttpStatus.NOT_FOUND) {
            page.addObject("title", "Not found");
            page.addObject("message", "There is nothing here. Check the address, or go back to your clusters.");
        } else if (status.is5xxServerError()) {
            page.addObject("title", "Something went wrong");
            page.addObject("message", "Something went wrong on our side. Try again; if it persists, tell your administrator.");
        } else {
            page.addObject("title", status.getReasonPhrase());
            page.addObject("message", "The page could not be shown.");
        }
        return page;
    }

    private static ResponseEntity<ErrorBody> body(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ErrorBody.of(status, "request.not_found", "No such endpoint");
            case METHOD_NOT_ALLOWED -> ErrorBody.of(status, "request.method_not_allowed", "Method not supported here");
            case BAD_REQUEST -> ErrorBody.of(status, "request.invalid", "The request is malformed");
            case PAYLOAD_TOO_LARGE -> ErrorBody.of(status, "request.too_large", "The request body is too large");
            case UNAUTHORIZED -> ErrorBody.of(status, "auth.unauthenticated", "Sign in first");
            case FORBIDDEN -> ErrorBody.of(status, "auth.forbidden", "Forbidden");
            default -> status.is4xxClientError()
                    ? ErrorBody.of(status, "request.invalid", status.getReasonPhrase())
                    : ErrorBody.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal.error", "Something went wrong on our side");
        };
    }
}
