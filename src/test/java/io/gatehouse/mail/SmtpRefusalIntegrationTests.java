package io.gatehouse.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatehouse.support.Eventually;
import io.gatehouse.support.ScriptedSmtpServer;
import io.gatehouse.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMTP server that takes some messages of a batch and refuses others: the taken ones are sent once, a
 * temporary refusal (4xx) is retried until taken, and a permanent one (5xx) is given up at once with its reason.
 */
@SpringBootTest
class SmtpRefusalIntegrationTests {

    private static final AtomicInteger busyAnswers = new AtomicInteger();
    private static final ScriptedSmtpServer SMTP = new ScriptedSmtpServer(recipient -> {
        if (recipient.startsWith("nobody@")) {
            return "550 5.1.1 no such mailbox";
        }
        if (recipient.startsWith("busy@") && busyAnswers.getAndIncrement() < 2) {
            return "451 4.3.0 try again later";
        }
        return "250 OK";
    });

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.url("smtp_refusal"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("gatehouse.mail.poll-interval", () -> "100ms");
        registry.add("gatehouse.mail.retry-base", () -> "100ms");
        registry.add("gatehouse.mail.retry-max", () -> "300ms");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.close();
    }

    @Test
    void sendsTheTakenMessagesOnceRetriesTemporaryRefusalsAndGivesUpOnPermanentOnes() throws Exception {
        List<UUID> ids = transactions.execute(tx -> outbox.enqueueAll(List.of(
                new OutgoingMail("taken@example.com", "Taken", "plain", "<p>html</p>"),
                new OutgoingMail("nobody@example.com", "Refused", "plain", "<p>html</p>"),
                new OutgoingMail("busy@example.com", "Later", "plain", "<p>html</p>"))));
        UUID taken = ids.get(0);
        UUID refused = ids.get(1);
        UUID busy = ids.get(2);

        Eventually.until("the busy recipient's message sent", Duration.ofSeconds(15),
                () -> outbox.states(List.of(busy)).get(busy).status().equals("sent"));
        Thread.sleep(500); // a duplicate, if any, would go out within a few polls

        Map<UUID, DeliveryState> states = outbox.states(ids);
        assertThat(states.get(taken).status()).isEqualTo("sent");
        assertThat(states.get(taken).attempts()).isEqualTo(1);
        assertThat(SMTP.acceptedFor("taken@example.com")).isEqualTo(1);
        assertThat(states.get(busy).attempts()).isEqualTo(3);
        assertThat(SMTP.acceptedFor("busy@example.com")).isEqualTo(1);
        assertThat(states.get(refused).status()).as("a permanent refusal is not retried").isEqualTo("failed");
        assertThat(states.get(refused).attempts()).isEqualTo(1);
        assertThat(states.get(refused).lastError()).contains("550");
        assertThat(SMTP.acceptedFor("nobody@example.com")).isZero();
    }
}
