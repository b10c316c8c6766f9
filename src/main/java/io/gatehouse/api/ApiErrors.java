package io.gatehouse.api;

import java.util.List;

import io.gatehouse.shared.DomainException;
import io.gatehouse.web.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Maps every refusal and fault on the API to the error format; a client's mistake never becomes a 5xx. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ErrorBody> refused(DomainException refusal) {
        return ErrorBody.of(refusal);
    }

    /**
     * Malformed JSON, or JSON of the wrong shape: a value of the wrong type names the field. A streamed body
     * that grew past the limit is also caught here.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        if (NestedExceptionUtils.getRootCause(e) instanceof RequestSizeLimitFilter.BodyTooLarge) {
            return ErrorBody.of(HttpStatus.PAYLOAD_TOO_LARGE, "request.too_large", "The request body is over 1 MiB");
        }
        if (e.getCause() instanceof DatabindException shape && !shape.getPath().isEmpty()) {
            String field = fieldPath(shape.getPath());
            return ErrorBody.of(HttpStatus.BAD_REQUEST, "request.invalid_json",
                    field + " has the wrong type or an unknown value", field);
        }
        return ErrorBody.of(HttpStatus.BAD_REQUEST, "request.invalid_json",
                "The request body is not valid JSON of the expected shape");
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ErrorBody> binding(ServletRequestBindingException e) {
        return ErrorBody.of(HttpStatus.BAD_REQUEST, "request.invalid_parameter", "The request is missing a parameter");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ErrorBody> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ErrorBody.of(HttpStatus.NOT_ACCEPTABLE, "request.not_acceptable", "This API answers application/json");
    }

    /** "role_assignments.cloud_connected_resource[0].all", as the client wrote it (snake_case). */
    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> mismatch(MethodArgumentTypeMismatchException e) {
        return ErrorBody.of(HttpStatus.BAD_REQUEST, "request.invalid_parameter", e.getName() + " has the wrong type",
                e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missing(MissingServletRequestParameterException e) {
        return ErrorBody.of(HttpStatus.BAD_REQUEST, "request.invalid_parameter",
                e.getParameterName() + " is required", e.getParameterName());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> method(HttpRequestMethodNotSupportedException e) {
        return ErrorBody.of(HttpStatus.METHOD_NOT_ALLOWED, "request.method_not_allowed",
                e.getMethod() + " is not supported here");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
        return ErrorBody.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.unsupported_media_type",
                "Send JSON with Content-Type: application/json");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorBody> noRoute(NoResourceFoundException e) {
        return ErrorBody.of(HttpStatus.NOT_FOUND, "request.not_found", "No such endpoint");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e) {
        if (DatabaseOutage.in(e).isPresent()) {
            log.warn("Database unavailable: {}", e.getMessage());
            return ErrorBody.of(HttpStatus.SERVICE_UNAVAILABLE, "service.unavailable",
                    "The service is temporarily unavailable; try again shortly");
        }
        log.error("Unexpected error", e);
        return ErrorBody.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal.error", "Something went wrong on our side");
    }
}
