package io.gatehouse.mail;

/** A message ready to queue: one recipient, a subject, and the same content as plain text and as HTML. */
public record OutgoingMail(String recipient, String subject, String text, String html) {
}
