package io.gatehouse.web;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What counts as "the database is away" (answered {@code 503}, never {@code 500}): one definition for the API's and
 * the console's error handlers and for {@link DatabaseOutageFilter} in front of them.
 */
public final class DatabaseOutage {

    private static final List<Class<? extends Throwable>> KINDS = List.of(CannotGetJdbcConnectionException.class,
            CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, TransactionSystemException.class);

    private DatabaseOutage() {
    }

    /** The outage among {@code thrown} and its causes, if there is one. */
    public static Optional<Throwable> in(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            Throwable candidate = e;
            if (KINDS.stream().anyMatch(kind -> kind.isInstance(candidate))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
