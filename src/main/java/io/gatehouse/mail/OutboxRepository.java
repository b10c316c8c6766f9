package io.gatehouse.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table's queries. Claiming takes a lease so that several nodes never send the same message at once. */
@Repository
class OutboxRepository {

    record QueuedMail(UUID id, String recipient, String subject, String text, String html, int attempts) {
    }

    private static final String DUE = """
            SELECT id, recipient, subject, text_body, html_body, attempts FROM mail_outbox
            WHERE status = 'queued' AND next_attempt_at <= :now
            ORDER BY next_attempt_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """;
    private static final String LEASE = "UPDATE mail_outbox SET next_attempt_at = :until WHERE id IN (:ids)";
    // Bodies carry secrets (invitation, verification and reset links) whose hashes alone are kept elsewhere: once a
    // message is delivered, or given up on, nothing needs its body again, so it is erased. The row stays as the
    // delivery record (recipient, subject, attempts, times, last error).
    private static final String DELIVERED = """
            UPDATE mail_outbox SET status = :status, attempts = attempts + 1, sent_at = :at, last_error = NULL,
                                   text_body = '', html_body = ''
            WHERE id IN (:ids) AND status = 'queued'
            """;
    private static final String FAILED = """
            UPDATE mail_outbox SET status = :status, attempts = attempts + 1, next_attempt_at = :next,
                                   last_error = :error,
                                   text_body = CASE WHEN :status = 'failed' THEN '' ELSE text_body END,
                                   html_body = CASE WHEN :status = 'failed' THEN '' ELSE html_body END
            WHERE id = :id AND status = 'queued'
            """;

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside a transaction: the row locks hold until the lease is written. */
    List<QueuedMail> claimDue(Instant now, int limit, Instant leaseUntil) {
        List<QueuedMail> due = jdbc.sql(DUE)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new QueuedMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                        rs.getInt("attempts")))
                .list();
        if (!due.isEmpty()) {
            jdbc.sql(LEASE).param("until", Timestamp.from(leaseUntil))
                    .param("ids", due.stream().map(QueuedMail::id).toList()).update();
        }
        return due;
    }

    /** One statement for a whole batch: the SMTP server took them over one connection, the database in one go. */
    void markDelivered(List<UUID> ids, String status, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql(DELIVERED).param("status", status).param("at", Timestamp.from(at)).param("ids", ids).update();
        }
    }

    void markFailed(UUID id, boolean giveUp, Instant nextAttempt, @Nullable String error) {
        jdbc.sql(FAILED)
                .param("status", giveUp ? "failed" : "queued")
                .param("next", Timestamp.from(nextAttempt))
                .param("error", error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("id", id)
                .update();
    }
}
