package io.gatehouse.api;

import java.util.List;

import io.gatehouse.shared.DomainException;
import io.gatehouse.shared.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The error format of API.md: {@code {"errors":[{code, message, fields?}]}} with the codes, comma-joined, in the
 * {@code x-cloud-error-codes} header. The one place where a refusal's kind becomes a status.
 */
record ErrorBody(List<Item> errors) {

    static final String CODES_HEADER = "x-cloud-error-codes";

    record Item(String code, String message, @Nullable List<String> fields) {
    }

    static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    static ResponseEntity<ErrorBody> of(DomainException refusal) {
        return of(statusOf(refusal.kind()), refusal.problems());
    }

    static ResponseEntity<ErrorBody> of(HttpStatus status, String code, String message, String... fields) {
        return of(status, List.of(Problem.of(code, message, fields)));
    }

    static ResponseEntity<ErrorBody> of(HttpStatus status, List<Problem> problems) {
        ErrorBody body = new ErrorBody(problems.stream()
                .map(p -> new Item(p.code(), p.message(), p.fields().isEmpty() ? null : p.fields()))
                .toList());
        HttpHeaders headers = new HttpHeaders();
        headers.set(CODES_HEADER, String.join(",", problems.stream().map(Problem::code).distinct().toList()));
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer, ApiKey");
        }
        return new ResponseEntity<>(body, headers, status);
    }
}
