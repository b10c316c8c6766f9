package io.gatehouse.console;

import java.util.Set;

import io.gatehouse.access.Permission;
import io.gatehouse.cluster.ClusterKind;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.cluster.ConnectedCluster;
import io.gatehouse.cluster.ConnectedClusterWithToken;
import io.gatehouse.monitoring.EventService;
import io.gatehouse.shared.DomainException;
import io.gatehouse.shared.GatehouseSettings;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cluster's page (its details and open events), connecting a cluster and rotating its agent token (the token is
 * shown once, with the command that starts the agent) and disconnecting one (the user types the cluster's name to
 * confirm).
 */
@Controller
class ClusterConsoleController {

    static final int OPEN_EVENTS_SHOWN = 5;

    private final ClusterService clusters;
    private final EventService events;
    private final GatehouseSettings settings;

    ClusterConsoleController(ClusterService clusters, EventService events, GatehouseSettings settings) {
        this.clusters = clusters;
        this.events = events;
        this.settings = settings;
    }

    @RequiresPermission(Permission.VIEW_CLUSTER)
    @GetMapping("/clusters/{cluster_id}")
    String cluster(Caller caller, Model model) {
        return clusterPage(caller, clusters.get(caller.organization(), caller.cluster()), FormErrors.none(), model);
    }

    @RequiresPermission(Permission.CONNECT_CLUSTER)
    @GetMapping("/clusters/new")
    String connectForm(Model model) {
        model.addAttribute("name", "");
        model.addAttribute("kind", ClusterKind.SELF_MANAGED.apiName());
        model.addAttribute("errors", FormErrors.none());
        return "console/connect-cluster";
    }

    @RequiresPermission(Permission.CONNECT_CLUSTER)
    @PostMapping("/clusters")
    String connect(Caller caller, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind, Model model, HttpServletResponse response) {
        ConnectedClusterWithToken connected;
        try {
            connected = clusters.connect(caller.organization(), caller.access(), name, kind);
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("name", name);
            model.addAttribute("kind", kind);
            model.addAttribute("errors", FormErrors.of(refused.problems(), p -> Forms.fieldAmong(p, Set.of("name", "kind"))));
            return "console/connect-cluster";
        }
        return agentTokenPage(connected, false, model);
    }

    @RequiresPermission(Permission.ROTATE_AGENT_TOKEN)
    @PostMapping("/clusters/{cluster_id}/agent-token")
    String rotateAgentToken(Caller caller, Model model) {
        return agentTokenPage(clusters.rotateAgentToken(caller.organization(), caller.cluster()), true, model);
    }

    /**
     * Rendered, not redirected: the token exists only in this response and is never shown again. The page names the
     * cluster's page as its address (console.js), so that reloading it does not send the form a second time.
     */
    private String agentTokenPage(ConnectedClusterWithToken connected, boolean rotated, Model model) {
        model.addAttribute("cluster", connected.cluster());
        model.addAttribute("rotated", rotated);
        model.addAttribute("token", connected.agentToken());
        model.addAttribute("command", "gatehouse agent --es-url http://localhost:9200 --url " + settings.publicUrl()
                + " --token " + connected.agentToken());
        return "console/cluster-connected";
    }

    @RequiresPermission(Permission.DISCONNECT_CLUSTER)
    @PostMapping("/clusters/{cluster_id}/disconnect")
    String disconnect(Caller caller, @RequestParam(defaultValue = "") String confirmation, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ConnectedCluster cluster = clusters.get(caller.organization(), caller.cluster());
        if (!cluster.name().equals(confirmation.strip())) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return clusterPage(caller, cluster, FormErrors.none().add("confirmation",
                    "Type the cluster's name, " + cluster.name() + ", exactly to disconnect it"), model);
        }
        clusters.disconnect(caller.organization(), caller.cluster());
        redirect.addFlashAttribute("notice", "Disconnected " + cluster.name() + ".");
        return "redirect:/";
    }

    private String clusterPage(Caller caller, ConnectedCluster cluster, FormErrors errors, Model model) {
        model.addAttribute("view", ClusterView.of(caller, cluster));
        model.addAttribute("openEvents", events.list(caller.organization(), cluster.id(), "open", null, null,
                PageRequest.first(OPEN_EVENTS_SHOWN)).items());
        model.addAttribute("errors", errors);
        return "console/cluster";
    }
}
