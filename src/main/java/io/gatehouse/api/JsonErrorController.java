package io.gatehouse.api;

import io.gatehouse.web.Anonymous;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside a handler (the servlet container, filters) in the same format; never a stack trace or
 * the container's HTML page.
 */
@RestController
class JsonErrorController implements ErrorController {

    @Anonymous
    @RequestMapping("/error")
    ResponseEntity<ErrorBody> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
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
