package io.gatehouse.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.gatehouse.access.Permission;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.notification.Connector;
import io.gatehouse.notification.ConnectorNotFound;
import io.gatehouse.notification.DeliveryLog;
import io.gatehouse.notification.NotificationPreferences;
import io.gatehouse.notification.NotificationPreferencesService;
import io.gatehouse.shared.DomainException;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organization → <b>Notification preferences</b>: the connectors and which events each gets, <b>Add
 * connector</b> and <b>Remove</b> for those who may change them, and the latest deliveries. Each change is computed
 * from the current preferences inside the service's transaction, so two editors saving at once both keep theirs.
 */
@Controller
class NotificationsConsoleController {

    static final int DELIVERIES = 20;

    private final NotificationPreferencesService preferences;
    private final DeliveryLog deliveries;
    private final ClusterService clusters;

    NotificationsConsoleController(NotificationPreferencesService preferences, DeliveryLog deliveries,
            ClusterService clusters) {
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.clusters = clusters;
    }

    @RequiresPermission(Permission.VIEW_NOTIFICATIONS)
    @GetMapping("/organization/notifications")
    String notifications(Caller caller, Model model) {
        return page(caller, ConnectorForm.empty(), FormErrors.none(), model);
    }

    @RequiresPermission(Permission.EDIT_NOTIFICATIONS)
    @PostMapping("/organization/notifications/connectors")
    String add(Caller caller, ConnectorForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID id = UUID.randomUUID();
        AtomicReference<NotificationPreferences> before = new AtomicReference<>();
        NotificationPreferences saved;
        try {
            saved = preferences.change(caller.organization(), current -> {
                before.set(current);
                return form.adding(current, id);
            });
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(caller, form, FormErrors.of(refused.problems(), p -> ConnectorForm.fieldOf(p, before.get())),
                    model);
        }
        String added = saved.connectors().stream().filter(c -> c.id().equals(id)).map(Connector::name).findFirst()
                .orElseThrow();
        String secret = saved.newSecrets().get(id);
        if (secret == null) {
            redirect.addFlashAttribute("notice", "Added the connector " + added + ".");
            return "redirect:/organization/notifications";
        }
        // Rendered, not redirected: the secret exists only in this response and is never shown again. The page takes
        // its own GET address (console.js), so that reloading it does not add the connector twice.
        model.addAttribute("newSecret", secret);
        model.addAttribute("newConnector", added);
        return page(caller, ConnectorForm.empty(), FormErrors.none(), model);
    }

    @RequiresPermission(Permission.EDIT_NOTIFICATIONS)
    @PostMapping("/organization/notifications/connectors/{connector_id}/remove")
    String remove(Caller caller, @PathVariable("connector_id") String connectorId, RedirectAttributes redirect) {
        AtomicReference<Connector> gone = new AtomicReference<>();
        preferences.change(caller.organization(), current -> {
            gone.set(current.connectors().stream().filter(c -> c.id().toString().equals(connectorId.strip()))
                    .findFirst().orElseThrow(ConnectorNotFound::new));
            return ConnectorForm.without(current, gone.get().id());
        });
        redirect.addFlashAttribute("notice", "Removed the connector " + gone.get().name() + ".");
        return "redirect:/organization/notifications";
    }

    private String page(Caller caller, ConnectorForm form, FormErrors errors, Model model) {
        boolean mayEdit = caller.access().decide(Permission.EDIT_NOTIFICATIONS, null).allowed();
        NotificationPreferences stored = preferences.get(caller.organization());
        // Readers who may not change them (admins on selected clusters) see no webhook path, no other cluster's
        // name (PreferencesInWords counts those) and no delivery of another cluster's events.
        NotificationPreferences current = mayEdit ? stored : stored.withWebhookOrigins();
        List<ClusterOptions> options = ClusterOptions.of(clusters, caller);
        Map<String, String> names = options.stream()
                .collect(Collectors.toMap(ClusterOptions::id, ClusterOptions::name));
        model.addAttribute("connectors", PreferencesInWords.connectors(current, names));
        model.addAttribute("deliveries", PreferencesInWords.deliveries(deliveries.list(caller.organization(),
                caller.access().visibleClusters(), PageRequest.first(DELIVERIES)).items(), current.connectors()));
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("form", form);
        model.addAttribute("clusterOptions", options);
        model.addAttribute("eventTypes", PreferencesInWords.eventTypes());
        model.addAttribute("severities", PreferencesInWords.severities());
        model.addAttribute("errors", errors);
        return "console/notifications";
    }
}
