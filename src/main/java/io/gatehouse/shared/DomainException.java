package io.gatehouse.shared;

import java.util.List;

/**
 * A refusal the caller can understand. Modules throw named facts ({@code LastOwner}, {@code ClusterNotFound})
 * that extend this; the web adapters map {@link Kind} to a status in one place.
 */
public abstract class DomainException extends RuntimeException {

    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED, UNAVAILABLE }

    private final Kind kind;
    private final List<Problem> problems;

    protected DomainException(Kind kind, List<Problem> problems) {
        super(problems.isEmpty() ? kind.name() : problems.get(0).message());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    protected DomainException(Kind kind, String code, String message, String... fields) {
        this(kind, List.of(Problem.of(code, message, fields)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // refusals are control flow, not bugs: no stack walk
    }
}
