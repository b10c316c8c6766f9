package io.gatehouse.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reads what the in-process SMTP server received, the way a person reads their inbox. */
public final class Mailbox {

    private final GreenMail smtp;

    public Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    public List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** Waits for the {@code n}th message to {@code address} (1-based) and returns it. */
    public MimeMessage awaitMessage(String address, int n) {
        Eventually.until(n + " message(s) to " + address, Duration.ofSeconds(15), () -> messagesTo(address).size() >= n);
        return messagesTo(address).get(n - 1);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String part(MimeMessage message, String mimeType) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                return find(multipart, mimeType);
            }
            return content.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first group of {@code pattern} in the message's plain-text part. */
    public static String extract(MimeMessage message, String pattern) {
        String text = part(message, "text/plain");
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in:\n" + text);
        }
        return matcher.group(1);
    }

    private static String find(Multipart multipart, String mimeType) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, mimeType);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(mimeType)) {
                return part.getContent().toString();
            }
        }
        return null;
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
