package io.gatehouse.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moments recorded per subject in one table of {@code (subject, at)} rows, counted over a trailing window. Kept in
 * the database so that every node counts the same; rows that have left the window are purged as a subject is
 * written.
 */
final class SlidingWindow {

    private final JdbcClient jdbc;
    private final String count;
    private final String insert;
    private final String purge;
    private final String forget;

    /** {@code table} and {@code column} are constants of the callers, never input. */
    SlidingWindow(JdbcClient jdbc, String table, String column) {
        this.jdbc = jdbc;
        this.count = "SELECT COUNT(*) FROM " + table + " WHERE subject = :subject AND " + column + " > :since";
        this.insert = "INSERT INTO " + table + " (subject, " + column + ") VALUES (:subject, :at)";
        this.purge = "DELETE FROM " + table + " WHERE subject = :subject AND " + column + " <= :since";
        this.forget = "DELETE FROM " + table + " WHERE subject = :subject";
    }

    long count(String subject, Instant now, Duration window) {
        return jdbc.sql(count).param("subject", subject).param("since", Timestamp.from(now.minus(window)))
                .query(Long.class).single();
    }

    void record(String subject, Instant now, Duration window) {
        jdbc.sql(purge).param("subject", subject).param("since", Timestamp.from(now.minus(window))).update();
        jdbc.sql(insert).param("subject", subject).param("at", Timestamp.from(now)).update();
    }

    /** Records one more moment if fewer than {@code limit} are in the window; says whether it did. */
    boolean recordIfUnder(String subject, int limit, Instant now, Duration window) {
        if (count(subject, now, window) >= limit) {
            return false;
        }
        record(subject, now, window);
        return true;
    }

    void forget(String subject) {
        jdbc.sql(forget).param("subject", subject).update();
    }
}
