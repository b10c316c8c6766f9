package io.gatehouse.account;

import io.gatehouse.mail.OutgoingMail;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.GatehouseSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/** The account emails, each in plain text and HTML. */
@Component
class AccountMails {

    private final GatehouseSettings settings;

    AccountMails(GatehouseSettings settings) {
        this.settings = settings;
    }

    OutgoingMail verify(EmailAddress to, String name, String token) {
        String link = settings.link("/verify?token=" + UriUtils.encodeQueryParam(token, "UTF-8"));
        return mail(to, "Verify your email address for Gatehouse", "Hello " + name + ",",
                "Follow this link within 24 hours to verify your email address and finish signing up:", link,
                "If you did not sign up for Gatehouse, ignore this message.");
    }

    OutgoingMail reset(EmailAddress to, String name, String token) {
        String link = settings.link("/reset-password?token=" + UriUtils.encodeQueryParam(token, "UTF-8"));
        return mail(to, "Reset your Gatehouse password", "Hello " + name + ",",
                "Follow this link within an hour to choose a new password:", link,
                "If you did not ask for this, ignore this message: your password stays as it is.");
    }

    OutgoingMail alreadyRegistered(EmailAddress to, String name) {
        return mail(to, "You already have a Gatehouse account", "Hello " + name + ",",
                "Someone tried to sign up with this address, but it already has an account. Log in, or reset your"
                        + " password here:",
                settings.link("/reset-password"), "If it was not you, ignore this message.");
    }

    private static OutgoingMail mail(EmailAddress to, String subject, String greeting, String body, String link,
            String footer) {
        String text = greeting + "\n\n" + body + "\n\n" + link + "\n\n" + footer + "\n";
        String html = "<!doctype html><html><body style=\"font-family:sans-serif\"><p>" + HtmlUtils.htmlEscape(greeting)
                + "</p><p>" + HtmlUtils.htmlEscape(body) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
                + HtmlUtils.htmlEscape(link) + "</a></p><p style=\"color:#555\">" + HtmlUtils.htmlEscape(footer)
                + "</p></body></html>";
        return new OutgoingMail(to.value(), subject, text, html);
    }
}
