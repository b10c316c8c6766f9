package io.gatehouse.api;

import io.gatehouse.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps every refusal and fault on the API to the error format; a client's mistake never becomes a 5xx. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ErrorBody> refused(DomainException refusal) {
        return ErrorBody.of(refusal);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        return ErrorBody.of(HttpStatus.BAD_REQUEST, "request.invalid_json",
                "The request body is not valid JSON of the expected shape");
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

    @ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class })
    ResponseEntity<ErrorBody> databaseDown(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return ErrorBody.of(HttpStatus.SERVICE_UNAVAILABLE, "service.unavailable",
                "The service is temporarily unavailable; try again shortly");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ErrorBody.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal.error", "Something went wrong on our side");
    }
}
