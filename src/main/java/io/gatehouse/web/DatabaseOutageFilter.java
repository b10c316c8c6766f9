package io.gatehouse.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a database outage met before any handler runs (reading a bearer token, an API key, a
 * console session) answers {@code 503} at once instead of a 500. Inside handlers the error advices of the API and
 * the console answer the same; this covers the filters in front of them. The pool's connection timeout bounds how
 * long a request waits, and the pool reconnects by itself when the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final String CODE = "service.unavailable";
    private static final String JSON = "{\"errors\":[{\"code\":\"" + CODE
            + "\",\"message\":\"The service is temporarily unavailable; try again shortly\"}]}";
    private static final String HTML = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Temporarily unavailable · Gatehouse</title></head><body><main><h1>Temporarily unavailable</h1>"
            + "<p>Gatehouse cannot reach its database right now. Try again in a moment.</p></main></body></html>";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Throwable outage = DatabaseOutage.in(e).orElse(null);
            if (outage == null || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: {}", outage.getMessage());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            if (api) {
                response.setHeader("x-cloud-error-codes", CODE);
            }
            response.setContentType(api ? "application/json" : "text/html;charset=UTF-8");
            response.getOutputStream().write((api ? JSON : HTML).getBytes(StandardCharsets.UTF_8));
        }
    }
}
