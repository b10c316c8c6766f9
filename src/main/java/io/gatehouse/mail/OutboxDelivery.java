package io.gatehouse.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.mail.OutboxRepository.QueuedMail;
import io.gatehouse.shared.BackgroundWorker;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background worker that empties the outbox. It wakes after each commit that queued mail and otherwise polls,
 * claims a batch of due messages under a lease, and sends the batch over one SMTP connection. Delivery is
 * at-least-once: a crash between the SMTP server's acceptance and the database update resends that message once the
 * lease runs out, with the same Message-ID so that mail systems can recognise it.
 */
@Component
class OutboxDelivery extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    /**
     * The session messages are built in (the sender sends them in its own). One for all: making a session reads the
     * mail providers off the class path, which cost more than building and sending the message itself.
     */
    private static final Session BUILDING = Session.getInstance(new java.util.Properties());

    private final OutboxRepository outbox;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final Clock clock;

    OutboxDelivery(OutboxRepository outbox, TransactionTemplate transactions, ObjectProvider<JavaMailSender> sender,
            MailSettings settings, Clock clock) {
        super("mail-outbox", settings.pollInterval(), settings.batchSize());
        this.outbox = outbox;
        this.transactions = transactions;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Delivers one batch of due messages; returns how many were attempted. */
    @Override
    protected int deliverDue() {
        Instant now = clock.instant();
        List<QueuedMail> batch = transactions.execute(
                tx -> outbox.claimDue(now, settings.batchSize(), now.plus(settings.lease())));
        if (batch == null || batch.isEmpty()) {
            return 0;
        }
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            batch.forEach(this::writeToLog);
            outbox.markDelivered(batch.stream().map(QueuedMail::id).toList(), "logged", clock.instant());
        } else {
            send(smtp, batch);
        }
        return batch.size();
    }

    private void writeToLog(QueuedMail mail) {
        log.info("Mail (no SMTP server configured; spring.mail.host is unset) to={} subject=\"{}\"\n{}",
                mail.recipient(), mail.subject(), mail.text());
    }

    private void send(JavaMailSender smtp, List<QueuedMail> batch) {
        Map<MimeMessage, QueuedMail> byMessage = new IdentityHashMap<>();
        List<MimeMessage> messages = new ArrayList<>();
        for (QueuedMail mail : batch) {
            try {
                MimeMessage message = toMime(mail);
                byMessage.put(message, mail);
                messages.add(message);
            } catch (MessagingException | RuntimeException e) {
                failed(mail, "cannot build message: " + e.getMessage(), true);
            }
        }
        Map<Object, Exception> failures = Map.of();
        try {
            smtp.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages().isEmpty() ? allFailed(messages, e) : e.getFailedMessages();
        } catch (RuntimeException e) {
            failures = allFailed(messages, e);
        }
        List<UUID> sent = new ArrayList<>();
        for (MimeMessage message : messages) {
            QueuedMail mail = byMessage.get(message);
            Exception failure = failures.get(message);
            if (failure == null) {
                sent.add(mail.id());
            } else {
                failed(mail, rootMessage(failure), refusedForGood(failure));
            }
        }
        outbox.markDelivered(sent, "sent", clock.instant());
    }

    private void failed(QueuedMail mail, String error, boolean forGood) {
        int attempts = mail.attempts() + 1;
        boolean giveUp = forGood || attempts >= settings.maxAttempts();
        Instant next = clock.instant().plus(settings.backoff(attempts));
        log.warn("Mail {} to {} not delivered (attempt {}{}): {}", mail.id(), mail.recipient(), attempts,
                giveUp ? ", giving up" : ", retrying at " + next, error);
        outbox.markFailed(mail.id(), giveUp, next, error);
    }

    /**
     * The server refused the recipient permanently (a 5xx reply to RCPT: JavaMail then lists it among the invalid
     * addresses): trying again would only be refused again. A 4xx reply leaves it among the valid unsent ones.
     */
    private static boolean refusedForGood(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static Map<Object, Exception> allFailed(List<MimeMessage> messages, Exception e) {
        Map<Object, Exception> all = new IdentityHashMap<>();
        messages.forEach(m -> all.put(m, e));
        return all;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getMessage() + " (" + message + ")";
    }

    private MimeMessage toMime(QueuedMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(BUILDING) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + mail.id() + "@gatehouse>");
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        return message;
    }
}
