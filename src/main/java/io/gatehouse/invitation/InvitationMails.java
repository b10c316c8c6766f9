package io.gatehouse.invitation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.gatehouse.mail.OutgoingMail;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.GatehouseSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The invitation email, as plain text and HTML: who invites, to which organization, the roles offered in words,
 * the exact expiry, and the link that carries the secret.
 */
@Component
class InvitationMails {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final GatehouseSettings settings;

    InvitationMails(GatehouseSettings settings) {
        this.settings = settings;
    }

    OutgoingMail invitation(EmailAddress to, String organization, @Nullable String inviter, List<String> roles,
            Instant expiresAt, String secret) {
        String link = settings.link("/invitations/" + secret);
        String who = inviter == null ? "An owner" : inviter;
        String subject = who + " invited you to join " + organization + " on Gatehouse";
        String expiry = EXPIRY.format(expiresAt);
        StringBuilder text = new StringBuilder()
                .append(who).append(" invited you to join the organization \"").append(organization)
                .append("\" on Gatehouse.\n\nRoles offered:\n");
        roles.forEach(r -> text.append("  - ").append(r).append('\n'));
        text.append("\nAccept the invitation before ").append(expiry).append(":\n\n").append(link).append("\n\n")
                .append("A user belongs to one organization at a time: if you already belong to another one, leave it")
                .append(" first or accept with a different email address.\n");

        StringBuilder html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">")
                .append("<p>").append(esc(who)).append(" invited you to join the organization <strong>")
                .append(esc(organization)).append("</strong> on Gatehouse.</p><p>Roles offered:</p><ul>");
        roles.forEach(r -> html.append("<li>").append(esc(r)).append("</li>"));
        html.append("</ul><p>Accept the invitation before <strong>").append(esc(expiry)).append("</strong>:</p>")
                .append("<p><a href=\"").append(esc(link)).append("\">Accept invitation</a></p>")
                .append("<p style=\"color:#555\">Or paste this link into your browser: ").append(esc(link))
                .append("</p><p style=\"color:#555\">A user belongs to one organization at a time: if you already")
                .append(" belong to another one, leave it first or accept with a different email address.</p>")
                .append("</body></html>");
        return new OutgoingMail(to.value(), subject, text.toString(), html.toString());
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
