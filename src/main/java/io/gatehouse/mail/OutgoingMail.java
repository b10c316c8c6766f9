package io.gatehouse.mail;

/**
 * A message ready to queue: one recipient, a subject, and the same content as plain text and as HTML. A subject
 * longer than the outbox keeps ({@link #MAX_SUBJECT}) is cut short with an ellipsis: it is built from names people
 * chose, and a long organization name must not stop an invitation or a notification from being sent.
 */
public record OutgoingMail(String recipient, String subject, String text, String html) {

    /** The length of {@code mail_outbox.subject}. */
    static final int MAX_SUBJECT = 400;

    public OutgoingMail {
        subject = shortened(subject);
    }

    private static String shortened(String subject) {
        if (subject.length() <= MAX_SUBJECT) {
            return subject;
        }
        int end = MAX_SUBJECT - 1;
        if (Character.isHighSurrogate(subject.charAt(end - 1))) {
            end--; // never cut a character in two
        }
        return subject.substring(0, end) + "…";
    }
}
