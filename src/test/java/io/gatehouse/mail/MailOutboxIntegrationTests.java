package io.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.gatehouse.support.Eventually;
import io.gatehouse.support.Mailbox;
import io.gatehouse.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server that is down at first: messages wait, are retried with backoff, and are
 * delivered exactly once when the server comes up. Mail of a rolled-back change is never sent.
 */
@SpringBootTest
class MailOutboxIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.url("mail_outbox"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "1000");
        registry.add("gatehouse.mail.poll-interval", () -> "100ms");
        registry.add("gatehouse.mail.retry-base", () -> "100ms");
        registry.add("gatehouse.mail.retry-max", () -> "400ms");
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void retriesWhileSmtpRefusesThenDeliversEachMessageOnce() throws Exception {
        List<UUID> ids = transactions.execute(tx -> outbox.enqueueAll(List.of(
                new OutgoingMail("first@example.com", "First", "plain one", "<p>html one</p>"),
                new OutgoingMail("second@example.com", "Second", "plain two", "<p>html two</p>"))));

        Eventually.until("two failed attempts", Duration.ofSeconds(15), () -> outbox.states(ids).values().stream()
                .allMatch(s -> s.attempts() >= 2 && s.status().equals("queued") && s.lastError() != null));

        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Mailbox mailbox = new Mailbox(smtp);
        Eventually.until("both sent", Duration.ofSeconds(15),
                () -> outbox.states(ids).values().stream().allMatch(s -> s.status().equals("sent")));
        Thread.sleep(500); // a duplicate, if any, would arrive within a few polls

        assertThat(mailbox.messagesTo("first@example.com")).hasSize(1);
        assertThat(mailbox.messagesTo("second@example.com")).hasSize(1);
        MimeMessage first = mailbox.messagesTo("first@example.com").get(0);
        assertThat(first.getMessageID()).isEqualTo("<" + ids.get(0) + "@gatehouse>");
        assertThat(Mailbox.part(first, "text/plain")).contains("plain one");
        assertThat(Mailbox.part(first, "text/html")).contains("<p>html one</p>");
        DeliveryState state = outbox.states(ids).get(ids.get(0));
        assertThat(state.lastError()).isNull();
        assertThat(state.sentAt()).isNotNull();
        assertThat(jdbc.sql("SELECT text_body || html_body FROM mail_outbox WHERE id IN (:ids)").param("ids", ids)
                .query(String.class).list()).as("delivered bodies (and the links in them) are erased")
                .containsExactly("", "");
    }

    @Test
    void queuesNothingWhenTheChangeRollsBack() {
        String recipient = "rolled-back-" + UUID.randomUUID() + "@example.com";

        transactions.executeWithoutResult(tx -> {
            outbox.enqueue(new OutgoingMail(recipient, "Never", "never", "never"));
            tx.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?").param(recipient)
                .query(Long.class).single()).isZero();
    }

    @Test
    void backsOffExponentiallyUpToTheMaximum() {
        MailSettings settings = new MailSettings("x", Duration.ofSeconds(1), 100, Duration.ofSeconds(5),
                Duration.ofHours(1), 25, Duration.ofMinutes(2));

        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoff(20)).isEqualTo(Duration.ofHours(1));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
