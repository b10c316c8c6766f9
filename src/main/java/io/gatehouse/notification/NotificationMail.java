package io.gatehouse.notification;

import java.util.List;

import io.gatehouse.mail.OutgoingMail;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/** The email of an event transition, one message per recipient, from the stored payload. */
final class NotificationMail {

    private NotificationMail() {
    }

    static List<OutgoingMail> of(List<String> recipients, JsonNode payload) {
        String transition = payload.path("transition").asString();
        String subject = "[Gatehouse] " + (transition.equals("opened") ? "Opened" : "Closed") + " ("
                + payload.path("severity").asString() + "): " + payload.path("title").asString() + " — "
                + payload.path("cluster_name").asString();
        StringBuilder text = new StringBuilder();
        line(text, "Cluster", payload.path("cluster_name").asString() + " (" + payload.path("cluster_id").asString() + ")");
        line(text, "Event", payload.path("title").asString());
        line(text, "Severity", payload.path("severity").asString());
        line(text, "Status", payload.path("status").asString());
        line(text, "Opened at", payload.path("opened_at").asString());
        if (payload.has("closed_at")) {
            line(text, "Closed at", payload.path("closed_at").asString());
        }
        List<String> nodes = payload.path("nodes").valueStream().map(JsonNode::asString).toList();
        line(text, "Nodes", String.join(", ", nodes));
        line(text, "Detected", payload.path("details").asString());
        line(text, "Recommendations", payload.path("recommendations").asString());
        line(text, "Details", payload.path("link").asString());
        String plain = text.toString();
        String html = "<pre>" + HtmlUtils.htmlEscape(plain) + "</pre>";
        return recipients.stream().map(r -> new OutgoingMail(r, subject, plain, html)).toList();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(label).append(": ").append(value).append('\n');
    }
}
