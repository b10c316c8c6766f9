package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.gatehouse.access.Permission;
import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.FakeElasticsearch;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import io.gatehouse.web.RequiresPermission;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 2: the whole permission table of SPEC §2, over real HTTP, on PostgreSQL. Every row of
 * {@code permission-matrix.csv} (role × scope × action) is asked through every route that needs that action; the
 * expected answer comes from the CSV alone, not from the production policy: an allowed request answers its success
 * status of API.md, a denied one {@code 403} with its error code (never {@code 404}: the cluster is the caller's
 * own organization's). "See the cluster in lists" is checked on {@code GET /cloud-connected/clusters}.
 *
 * <p>One organization with a target cluster, another cluster and one member per subject kind is shared by the
 * read-only and repeatable cases; a destructive request (disconnect, connect into a selection, leave, remove,
 * revoke) gets a fresh cluster, subject and bystander of its own, so that an allowed call really succeeds.
 */
class PermissionTableHttpIntegrationTests extends ApiIntegrationTest {

    private static final String API = "/api/v1";
    private static final String CLUSTER = API + "/cloud-connected/clusters/{cluster_id}";
    private static final String ORG = API + "/organizations/{organization_id}";
    private static final String FORBIDDEN = "auth.forbidden";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** The subjects of the CSV: role and scope of the grant, as {@code AccessPolicyTests} reads them. */
    private static final List<String> SUBJECTS = List.of("owner,all", "admin,all", "admin,selected-in",
            "admin,selected-out", "viewer,all", "viewer,selected-in", "viewer,selected-out", "none,none");

    /** What a request may refer to: the organization, the cluster asked about, the caller and another member. */
    record Ctx(Org org, ClusterId cluster, ClusterId other, Person subject, Person bystander,
            @Nullable String invitation, String event) {

        String expand(String template) {
            return template.replace("{organization_id}", org.id().toString())
                    .replace("{cluster_id}", cluster.toString()).replace("{other_cluster_id}", other.toString())
                    .replace("{self}", subject.id().toString()).replace("{bystander}", bystander.id().toString())
                    .replace("{invitation}", invitation == null ? "none" : invitation).replace("{event_id}", event);
        }
    }

    /**
     * A concrete request that needs exactly {@code action}. {@code pattern} is the handler's mapping (checked against
     * the application's routes); {@code path} fills it in (ids of the subject or the bystander where it matters).
     */
    record Route(String action, String method, String pattern, String path, int success, boolean fresh,
            String deniedCode, @Nullable Function<Ctx, Object> body) {

        Route(String action, String method, String pattern, int success, @Nullable Function<Ctx, Object> body) {
            this(action, method, pattern, pattern, success, false, FORBIDDEN, body);
        }

        Route withPath(String filled) {
            return new Route(action, method, pattern, filled, success, fresh, deniedCode, body);
        }

        Route destructive() {
            return new Route(action, method, pattern, path, success, true, deniedCode, body);
        }

        Route deniedWith(String code) {
            return new Route(action, method, pattern, path, success, fresh, code, body);
        }

        boolean listsClusters() {
            return action.equals("view_cluster") && method.equals("GET") && pattern.equals(API + "/cloud-connected/clusters");
        }

        String shortPath() {
            return path.replace(API + "/cloud-connected/clusters/{cluster_id}", "…/clusters/{cluster}")
                    .replace(API + "/cloud-connected/clusters", "…/clusters")
                    .replace(API + "/organizations/{organization_id}", "…/org")
                    .replace(API, "…");
        }
    }

    record Row(String role, String scope, String action, boolean allowed) {

        String subject() {
            return role + "," + scope;
        }
    }

    record Case(Row row, Route route) {

        int expectedStatus() {
            return route.listsClusters() ? 200 : row.allowed() ? route.success() : 403;
        }

        @Override
        public String toString() {
            String outcome = route.listsClusters() ? (row.allowed() ? "lists {cluster}" : "omits {cluster}")
                    : String.valueOf(expectedStatus());
            return row.role() + " " + row.scope() + " " + row.action() + " " + route.method() + " "
                    + route.shortPath() + " → " + outcome;
        }
    }

    private static final List<Route> ROUTES = List.of(
            // see the cluster (and in lists)
            new Route("view_cluster", "GET", CLUSTER, 200, null),
            new Route("view_cluster", "GET", CLUSTER + "/customizations", 200, null),
            new Route("view_cluster", "GET", API + "/cloud-connected/clusters", 200, null),
            // events and reports
            new Route("view_events", "GET", CLUSTER + "/events", 200, null),
            new Route("view_events", "GET", CLUSTER + "/events/{event_id}", 200, null),
            new Route("view_metrics", "GET", CLUSTER + "/reports", 200, null),
            // customizations and the cluster's name
            new Route("edit_customizations", "PUT", CLUSTER + "/customizations", 200,
                    c -> Map.of("event_settings", List.of(Map.of("type", "high_cpu", "enabled", true,
                            "thresholds", Map.of("cpu_percent", 90, "samples", 5))))),
            new Route("edit_customizations", "PATCH", CLUSTER, 200,
                    c -> Map.of("name", "renamed-" + NAMES.incrementAndGet())),
            // disconnect, agent token, connect
            new Route("disconnect_cluster", "DELETE", CLUSTER, 200, null).destructive(),
            new Route("rotate_agent_token", "POST", CLUSTER + "/apikey/_rotate", 200, null),
            new Route("connect_cluster", "POST", API + "/cloud-connected/clusters", 201,
                    c -> Map.of("name", "connected-" + NAMES.incrementAndGet(), "kind", "self_managed")).destructive(),
            // notification preferences
            new Route("view_notifications", "GET", ORG + "/notifications", 200, null),
            new Route("view_notifications", "GET", ORG + "/notifications/deliveries", 200, null),
            new Route("edit_notifications", "PUT", ORG + "/notifications", 200,
                    c -> Map.of("connectors", List.of(Map.of("id", "5e0c2b7a-1d4f-4a8e-9b1c-6f2d3e4a5b01",
                            "type", "email", "name", "on-call", "recipients", List.of("oncall@example.com"))),
                            "filters", List.of(Map.of("connector_id", "5e0c2b7a-1d4f-4a8e-9b1c-6f2d3e4a5b01",
                                    "min_severity", "high")))),
            // members: invite, resend, revoke, change roles, remove
            new Route("manage_members", "POST", ORG + "/invitations", 201,
                    c -> Map.of("emails", List.of(Fixtures.uniqueEmail("invitee")), "role_assignments",
                            viewerOn(c, null))),
            new Route("manage_members", "POST", ORG + "/invitations/{invitation_id}/_resend", 201, null)
                    .withPath(ORG + "/invitations/{invitation}/_resend"),
            new Route("manage_members", "DELETE", ORG + "/invitations/{invitation_ids}", 200, null)
                    .withPath(ORG + "/invitations/{invitation}").destructive(),
            new Route("manage_members", "POST", API + "/users/{user_id}/role_assignments", 200,
                    c -> viewerOn(c, c.cluster())).withPath(API + "/users/{bystander}/role_assignments"),
            new Route("manage_members", "PUT", API + "/users/{user_id}/role_assignments", 200,
                    c -> viewerOn(c, c.other())).withPath(API + "/users/{bystander}/role_assignments"),
            new Route("manage_members", "DELETE", API + "/users/{user_id}/role_assignments", 200,
                    c -> viewerOn(c, c.other())).withPath(API + "/users/{bystander}/role_assignments").destructive(),
            // the handler answers a non-owner who removes someone else with its own code
            new Route("manage_members", "DELETE", ORG + "/members/{user_ids}", 200, null)
                    .withPath(ORG + "/members/{bystander}").destructive().deniedWith("auth.forbidden"),
            // list members and invitations; read the audit log
            new Route("read_members", "GET", ORG + "/members", 200, null),
            new Route("read_members", "GET", ORG + "/invitations", 200, null),
            new Route("read_members", "GET", ORG + "/access/_explain", 200, null)
                    .withPath(ORG + "/access/_explain?user_id={bystander}&action=view_events&cluster_id={cluster_id}"),
            new Route("read_audit", "GET", ORG + "/audit", 200, null),
            new Route("rename_organization", "PUT", ORG, 200, c -> Map.of("name", "Matrix " + NAMES.incrementAndGet())),
            // every member: the organization, the cluster list, one's own access, leaving
            new Route("member_self_service", "GET", ORG, 200, null),
            new Route("member_self_service", "GET", API + "/cloud-connected/clusters", 200, null),
            new Route("member_self_service", "GET", ORG + "/access/_explain", 200, null)
                    .withPath(ORG + "/access/_explain?action=view_events&cluster_id={cluster_id}"),
            new Route("member_self_service", "DELETE", ORG + "/members/{user_ids}", 200, null)
                    .withPath(ORG + "/members/{self}").destructive());

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    /** Built once, by the first case that needs it, through the real services and the API. */
    private static @Nullable World world;

    record World(Org org, ClusterId target, ClusterId other, Map<String, Person> subjects, Person bystander,
            String invitation, String event) {

        Ctx ctx(String subject) {
            return new Ctx(org, target, other, subjects.get(subject), bystander, invitation, event);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsThePermissionTableSays(Case c) {
        World w = world();
        Ctx ctx = c.route().fresh() ? freshCtx(w, c.row().subject(), c.route()) : w.ctx(c.row().subject());
        String path = ctx.expand(c.route().path());
        Object body = c.route().body() == null ? null : c.route().body().apply(ctx);

        Response response = http.send(c.route().method(), path, ctx.subject().token(), body);

        assertThat(response.status()).as(c + "\n" + response).isEqualTo(c.expectedStatus());
        if (c.expectedStatus() == 403) {
            assertThat(response.code()).as(response.toString()).isEqualTo(c.route().deniedCode());
            assertThat(response.header("x-cloud-error-codes")).isEqualTo(c.route().deniedCode());
        }
        if (c.route().listsClusters()) {
            Set<String> listed = ids(response.body().path("clusters"));
            if (c.row().allowed()) {
                assertThat(listed).as("the cluster list of " + c.row().subject()).contains(ctx.cluster().toString());
            } else {
                assertThat(listed).as("the cluster list of " + c.row().subject()).doesNotContain(ctx.cluster().toString());
            }
        }
        if (c.route().action().equals("disconnect_cluster")) {
            assertThat(http.get(API + "/cloud-connected/clusters/" + ctx.cluster(), ctx.org().owner().token()).status())
                    .as("the cluster is gone exactly when the disconnect was allowed")
                    .isEqualTo(c.row().allowed() ? 404 : 200);
        }
    }

    /** The matrix speaks of exactly the actions of {@link Permission}, and every one of them has a route here. */
    @Test
    void everyActionOfTheTableHasARoute() {
        Set<String> tableActions = rows().stream().map(Row::action).collect(Collectors.toCollection(TreeSet::new));
        Set<String> permissions = Stream.of(Permission.values()).map(Permission::apiName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> routed = ROUTES.stream().map(Route::action).collect(Collectors.toCollection(TreeSet::new));

        assertThat(tableActions).isEqualTo(permissions);
        assertThat(routed).isEqualTo(tableActions);
        for (String subject : SUBJECTS) {
            assertThat(rows().stream().filter(r -> r.subject().equals(subject)).map(Row::action).toList())
                    .as(subject).containsExactlyInAnyOrderElementsOf(permissions);
        }
    }

    /** A new API endpoint guarded by a permission fails here until it has a route in this table. */
    @Test
    void everyPermissionGuardedApiEndpointIsAsked() {
        Set<String> guarded = new TreeSet<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            if (!method.hasMethodAnnotation(RequiresPermission.class)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(API + "/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> guarded.add(m.name() + " " + pattern));
                }
            }
        });
        Set<String> asked = ROUTES.stream().map(r -> r.method() + " " + r.pattern())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(guarded).hasSizeGreaterThan(20);
        assertThat(asked).containsAll(guarded);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : rows()) {
            List<Route> routes = ROUTES.stream().filter(r -> r.action().equals(row.action())).toList();
            if (routes.isEmpty()) {
                throw new IllegalStateException("no route asks for " + row.action());
            }
            routes.forEach(route -> cases.add(Arguments.of(new Case(row, route))));
        }
        return cases.stream();
    }

    // --- the given ---------------------------------------------------------------------------------------------

    private World world() {
        if (world == null) {
            Org org = fixtures.organization("Matrix");
            Response connected = http.post(API + "/cloud-connected/clusters", org.owner().token(),
                    Map.of("name", "target", "kind", "self_managed"));
            assertThat(connected.status()).as(connected.toString()).isEqualTo(201);
            ClusterId target = ClusterId.parse(connected.body().path("id").asString()).orElseThrow();
            ClusterId other = fixtures.cluster(org, "other");
            Map<String, Person> subjects = new LinkedHashMap<>();
            for (String subject : SUBJECTS) {
                subjects.put(subject, fixtures.member(org, roles(subject, target, other)));
            }
            Person bystander = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(other)));
            world = new World(org, target, other, subjects, bystander, invitation(org, target),
                    event(org, target, connected.body().path("agent_token").asString()));
        }
        return world;
    }

    /** A cluster, a subject whose selection (if any) is about it, a bystander and an invitation of their own. */
    private Ctx freshCtx(World w, String subject, Route route) {
        ClusterId cluster = fixtures.cluster(w.org(), "throwaway-" + NAMES.incrementAndGet());
        Person caller = fixtures.member(w.org(), roles(subject, cluster, w.other()));
        Person bystander = fixtures.member(w.org(), RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(w.other())));
        String invitation = route.path().contains("{invitation}") ? invitation(w.org(), cluster) : null;
        return new Ctx(w.org(), cluster, w.other(), caller, bystander, invitation, w.event());
    }

    private static RoleAssignment[] roles(String subject, ClusterId target, ClusterId other) {
        String[] parts = subject.split(",");
        Role role = switch (parts[0]) {
            case "owner" -> Role.ORGANIZATION_OWNER;
            case "admin" -> Role.CLUSTER_ADMIN;
            case "viewer" -> Role.CLUSTER_VIEWER;
            case "none" -> null;
            default -> throw new IllegalArgumentException("unknown role in the table: " + parts[0]);
        };
        if (role == null) {
            return new RoleAssignment[0];
        }
        return new RoleAssignment[] { switch (parts[1]) {
            case "all" -> role == Role.ORGANIZATION_OWNER ? RoleAssignment.owner() : RoleAssignment.onAllClusters(role);
            case "selected-in" -> RoleAssignment.onClusters(role, List.of(target));
            case "selected-out" -> RoleAssignment.onClusters(role, List.of(other));
            default -> throw new IllegalArgumentException("unknown scope in the table: " + parts[1]);
        } };
    }

    private String invitation(Org org, ClusterId cluster) {
        Response invited = http.post(API + "/organizations/" + org.id() + "/invitations", org.owner().token(),
                Map.of("emails", List.of(Fixtures.uniqueEmail("pending")), "role_assignments",
                        Map.of("cloud_connected_resource", List.of(Map.of("role_id", "cloud-connected-viewer",
                                "organization_id", org.id().toString(), "all", false,
                                "resource_ids", List.of(cluster.toString()))))));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        return invited.body().path("invitations").path(0).path("id").asString();
    }

    /** One agent report with red health opens a real event on the cluster. */
    private String event(Org org, ClusterId cluster, String agentToken) {
        ObjectNode report = JSON.createObjectNode();
        report.set("cluster", FakeElasticsearch.recorded("root.json"));
        ObjectNode health = (ObjectNode) FakeElasticsearch.recorded("cluster-health.json").deepCopy();
        health.put("status", "red");
        report.set("health", health);
        report.set("nodes_stats", FakeElasticsearch.recorded("nodes-stats.json"));
        report.put("collected_at", clock.instant().toString());
        Response accepted = http.post(API + "/agent/reports", agentToken, JSON.writeValueAsString(report));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        Response events = http.get(API + "/cloud-connected/clusters/" + cluster + "/events", org.owner().token());
        assertThat(events.body().path("events").size()).as(events.toString()).isGreaterThan(0);
        return events.body().path("events").path(0).path("id").asString();
    }

    private static Map<String, Object> viewerOn(Ctx c, @Nullable ClusterId cluster) {
        Map<String, Object> assignment = new LinkedHashMap<>();
        assignment.put("role_id", "cloud-connected-viewer");
        assignment.put("organization_id", c.org().id().toString());
        assignment.put("all", cluster == null);
        if (cluster != null) {
            assignment.put("resource_ids", List.of(cluster.toString()));
        }
        return Map.of("cloud_connected_resource", List.of(assignment));
    }

    private static Set<String> ids(JsonNode clusters) {
        Set<String> ids = new LinkedHashSet<>();
        clusters.forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }

    private static List<Row> rows() {
        try (InputStream in = PermissionTableHttpIntegrationTests.class
                .getResourceAsStream("/access/permission-matrix.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("role,"))
                    .map(l -> l.split(","))
                    .map(f -> new Row(f[0].strip(), f[1].strip(), f[2].strip(), switch (f[3].strip()) {
                        case "allow" -> true;
                        case "deny" -> false;
                        default -> throw new IllegalStateException("expected allow or deny: " + String.join(",", f));
                    }))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
