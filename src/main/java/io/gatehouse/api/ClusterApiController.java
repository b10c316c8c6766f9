package io.gatehouse.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.Permission;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.cluster.ConnectedCluster;
import io.gatehouse.cluster.ConnectedClusterWithToken;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cloud-connected/clusters")
class ClusterApiController {

    record ClusterJson(String id, String name, String kind, String status, @Nullable String esVersion,
            Instant connectedAt, @Nullable Instant lastReportAt, @Nullable String agentToken) {

        static ClusterJson of(ConnectedCluster c) {
            return new ClusterJson(c.id().toString(), c.name(), c.kind().apiName(), c.status(), c.esVersion(),
                    c.connectedAt(), c.lastReportAt(), null);
        }

        static ClusterJson of(ConnectedClusterWithToken issued) {
            ConnectedCluster c = issued.cluster();
            return new ClusterJson(c.id().toString(), c.name(), c.kind().apiName(), c.status(), c.esVersion(),
                    c.connectedAt(), c.lastReportAt(), issued.agentToken());
        }
    }

    record ClusterList(List<ClusterJson> clusters, @Nullable String nextCursor) {
    }

    record ConnectRequest(@Nullable String name, @Nullable String kind) {
    }

    record RenameRequest(@Nullable String name) {
    }

    record AgentToken(String agentToken) {
    }

    private final ClusterService clusters;

    ClusterApiController(ClusterService clusters) {
        this.clusters = clusters;
    }

    /** Only the clusters the caller may see; a member with no cluster role sees none. */
    @RequiresPermission(Permission.MEMBER_SELF_SERVICE)
    @GetMapping
    ClusterList list(Caller caller, @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String cursor) {
        Page<ConnectedCluster> page = clusters.visibleTo(caller.access(), caller.organization(),
                PageRequest.of(size, cursor));
        return new ClusterList(page.items().stream().map(ClusterJson::of).toList(), page.nextCursor());
    }

    @RequiresPermission(Permission.CONNECT_CLUSTER)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ClusterJson connect(Caller caller, @RequestBody ConnectRequest request) {
        return ClusterJson.of(clusters.connect(caller.organization(), caller.access(),
                request.name() == null ? "" : request.name(), request.kind() == null ? "" : request.kind()));
    }

    @RequiresPermission(Permission.VIEW_CLUSTER)
    @GetMapping("/{cluster_id}")
    ClusterJson get(Caller caller) {
        return ClusterJson.of(clusters.get(caller.organization(), caller.cluster()));
    }

    @RequiresPermission(Permission.EDIT_CUSTOMIZATIONS)
    @PatchMapping("/{cluster_id}")
    ClusterJson rename(Caller caller, @RequestBody RenameRequest request) {
        return ClusterJson.of(clusters.rename(caller.organization(), caller.cluster(),
                request.name() == null ? "" : request.name()));
    }

    @RequiresPermission(Permission.DISCONNECT_CLUSTER)
    @DeleteMapping("/{cluster_id}")
    Map<String, Object> disconnect(Caller caller) {
        clusters.disconnect(caller.organization(), caller.cluster());
        return Map.of();
    }

    @RequiresPermission(Permission.ROTATE_AGENT_TOKEN)
    @PostMapping("/{cluster_id}/apikey/_rotate")
    AgentToken rotate(Caller caller) {
        return new AgentToken(clusters.rotateAgentToken(caller.organization(), caller.cluster()).agentToken());
    }
}
