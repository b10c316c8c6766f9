package io.gatehouse.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues mail in the caller's transaction: if the change rolls back, no mail exists; if it commits, the delivery
 * worker is woken and sends it, retrying until the SMTP server accepts it.
 */
@Service
public class MailOutbox {

    private static final String INSERT = """
            INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, status, attempts, next_attempt_at,
                                     created_at)
            VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?)
            """;
    private static final String STATES = """
            SELECT id, status, attempts, last_error, sent_at FROM mail_outbox WHERE id IN (:ids)
            """;

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final Clock clock;
    private final OutboxDelivery delivery;

    MailOutbox(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, Clock clock,
            OutboxDelivery delivery) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.delivery = delivery;
    }

    /** Queues one message and returns its id (also its Message-ID, so a redelivery can be recognised). */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        return enqueueAll(List.of(mail)).get(0);
    }

    /** Queues many messages with one batched insert; ids come back in the order of the messages. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> enqueueAll(List<OutgoingMail> mails) {
        Timestamp now = Timestamp.from(clock.instant());
        List<UUID> ids = mails.stream().map(m -> UUID.randomUUID()).toList();
        List<Object[]> rows = new java.util.ArrayList<>(mails.size());
        for (int i = 0; i < mails.size(); i++) {
            OutgoingMail mail = mails.get(i);
            rows.add(new Object[] { ids.get(i), mail.recipient(), mail.subject(), mail.text(), mail.html(), now, now });
        }
        batch.batchUpdate(INSERT, rows);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delivery.wake();
            }
        });
        return ids;
    }

    @Transactional(readOnly = true)
    public Map<UUID, DeliveryState> states(Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(STATES)
                .param("ids", messageIds)
                .query((rs, n) -> new DeliveryState(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(DeliveryState::messageId, Function.identity()));
    }
}
