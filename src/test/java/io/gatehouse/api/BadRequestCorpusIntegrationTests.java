package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corpus of client mistakes sent to every API route: malformed and wrong-shaped JSON, oversized bodies, wrong
 * types in parameters, garbage ids, wrong methods and content types, and over-long values in every string field of
 * every JSON body. Each must answer 4xx in the error format; never a 5xx, never a stack trace.
 */
class BadRequestCorpusIntegrationTests extends ApiIntegrationTest {

    private static final List<String> BODIES = List.of("{\"", "[]", "\"text\"", "null", "42",
            "{\"name\": [], \"emails\": {}, \"role_assignments\": 5, \"kind\": 7, \"expires_in\": true,"
                    + " \"description\": {}, \"email\": 1, \"password\": [], \"token\": {}, \"event_settings\": \"x\","
                    + " \"connectors\": 3, \"filters\": {}, \"organization\": \"x\", \"cloud_connected_resource\": 1}",
            "{\"role_assignments\": {\"organization\": [{\"role_id\": []}], \"cloud_connected_resource\": [null, 5]}}",
            "{\"emails\": [null, 5, {}], \"role_assignments\": {\"deployment\": [{}]}}");
    private static final List<String> IDS = List.of(UUID.randomUUID().toString(), "not-a-uuid", "..%2F..",
            "a".repeat(300) + ",%20");
    private static final String QUERY = "?size=abc&cursor=%25%25&from=yesterday&to=1&status=lost&interval=-5&action=x";

    /** Far longer than any column, yet the whole body stays below the 1 MiB limit. */
    private static final String OVER_LONG = "x".repeat(100_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void everyRouteAnswersClientMistakesWithA4xxInTheErrorFormat() {
        Org org = fixtures.organization("Corpus");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Route route : routes()) {
            for (String id : IDS) {
                String path = route.path().replaceAll("\\{organization_id}", org.id().toString())
                        .replaceAll("\\{[a-z_]+}", id);
                for (String token : new String[] { org.owner().token(), null }) {
                    for (String body : BODIES) {
                        requests++;
                        check(failures, route.method(), path + QUERY, token, body, "application/json");
                    }
                    requests++;
                    check(failures, route.method(), path, token, "{}", "text/plain");
                }
            }
            requests++;
            check(failures, route.method(), route.path().replaceAll("\\{[a-z_]+}", org.id().toString()),
                    org.owner().token(), "{\"a\":\"" + "x".repeat(1_100_000) + "\"}", "application/json");
        }
        assertThat(requests).isGreaterThan(1000);
        assertThat(failures).as("routes that answered a client mistake wrongly").isEmpty();
    }

    @Test
    void everyStringFieldOfEveryJsonBodyRefusesAnOverLongValueWithA4xx() {
        assertThat(sendToEveryStringField(OVER_LONG, true)).as("over-long values answered wrongly").isEmpty();
    }

    /** A NUL cannot be stored in PostgreSQL text: it must be refused (or, in Elasticsearch's data, dropped). */
    @Test
    void everyStringFieldOfEveryJsonBodyTakesAControlCharacterWithoutAServerError() {
        assertThat(sendToEveryStringField("nul\u0000and\nnewline", false)).as("control characters answered wrongly")
                .isEmpty();
    }

    /** A null may stand for an absent field, but a null in a list ({@code "connectors": [null]}) is never a 500. */
    @Test
    void everyValueOfEveryJsonBodyMayBeNullWithoutAServerError() {
        assertThat(sendVariants(body -> nullVariants(body), false)).as("null values answered wrongly").isEmpty();
    }

    /**
     * Sends each body case once per string field, with {@code value} in that field, and lists what answered
     * wrongly: a 5xx always; anything but a 4xx in the error format where {@code mustRefuse}, unless the route may
     * accept any text.
     */
    private List<String> sendToEveryStringField(String value, boolean mustRefuse) {
        return sendVariants(body -> variants(body, value), mustRefuse);
    }

    private List<String> sendVariants(java.util.function.Function<JsonNode, List<Variant>> variantsOf,
            boolean mustRefuse) {
        Org org = fixtures.organization("Corpus of strings");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        Response connected = http.post("/api/v1/cloud-connected/clusters", org.owner().token(),
                Map.of("name", "strings", "kind", "self_managed"));
        String cluster = connected.body().path("id").asString();
        List<BodyCase> cases = bodyCases(org, member, cluster, connected.body().path("agent_token").asString());
        assertThat(cases.stream().map(BodyCase::route).collect(Collectors.toSet()))
                .as("every route that reads a JSON body has a case").containsExactlyInAnyOrderElementsOf(bodyRoutes());

        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (BodyCase bodyCase : cases) {
            for (Variant variant : variantsOf.apply(JSON.readTree(bodyCase.body()))) {
                requests++;
                // Agent reports carry each round a new collected_at, or a repeat would be taken as a retry.
                clock.advance(Duration.ofSeconds(10));
                String body = variant.body().replace("\"{NOW}\"", "\"" + clock.instant() + "\"");
                assertThat(body.length()).isLessThan(1024 * 1024);
                Response response = http.send(bodyCase.route().method(), bodyCase.path(), bodyCase.token(), body);
                String problem = response.status() >= 500 ? "server error"
                        : mustRefuse && !bodyCase.mayAccept() && response.status() < 400 ? "not a 4xx"
                        : response.status() >= 400 && (response.code() == null
                                || response.header("x-cloud-error-codes") == null) ? "not in the error format" : null;
                if (problem != null) {
                    failures.add(problem + ": " + bodyCase.route().method() + " " + bodyCase.route().path() + " with "
                            + variant.field() + " -> " + response.status() + " " + response.raw().body()
                                    .substring(0, Math.min(response.raw().body().length(), 200)));
                }
            }
        }
        assertThat(requests).isGreaterThan(40);
        return failures;
    }

    /**
     * One valid body per route that reads JSON, with every string field present: each field in turn is made
     * over-long and must be refused. Two routes take long text by design and only must not fail: a password reset
     * answers 202 whatever the address (API.md), and an agent report is Elasticsearch's own data, cut to size.
     */
    private List<BodyCase> bodyCases(Org org, Person member, String cluster, String agentToken) {
        String owner = org.owner().token();
        String orgPath = "/api/v1/organizations/" + org.id();
        String clusterPath = "/api/v1/cloud-connected/clusters/" + cluster;
        String roles = """
                {"organization": [{"role_id": "organization-admin", "organization_id": "%1$s"}],
                 "cloud_connected_resource": [{"role_id": "cloud-connected-viewer", "organization_id": "%1$s",
                                               "all": false, "resource_ids": ["%2$s"]}]}
                """.formatted(org.id(), cluster);
        String roleAssignments = "/api/v1/users/" + member.id() + "/role_assignments";
        return List.of(
                new BodyCase("POST", "/api/v1/users/_signup", null, """
                        {"email": "%s", "password": "a-long-enough-password", "name": "Ada",
                         "organization_name": "Ada Inc"}""".formatted(Fixtures.uniqueEmail("corpus"))),
                new BodyCase("POST", "/api/v1/users/_signup", null, """
                        {"email": "%s", "password": "a-long-enough-password", "name": "Ada",
                         "invitation_token": "not.a-token"}""".formatted(Fixtures.uniqueEmail("corpus"))),
                new BodyCase("POST", "/api/v1/users/_verify", null, "{\"token\": \"not.a-token\"}"),
                new BodyCase("POST", "/api/v1/users/_set_password", null,
                        "{\"token\": \"not.a-token\", \"password\": \"a-long-enough-password\"}"),
                new BodyCase("POST", "/api/v1/users/auth/_login", null, "{\"username\": \"%s\", \"password\": \"%s\"}"
                        .formatted(Fixtures.uniqueEmail("nobody"), "a-long-enough-password")),
                new BodyCase("POST", "/api/v1/users/auth/keys", owner, "{\"description\": \"ci\", \"expiration\": \"30d\"}"),
                new BodyCase("PUT", orgPath, owner, "{\"name\": \"Renamed\"}"),
                new BodyCase("POST", orgPath + "/invitations", owner, """
                        {"emails": ["%s"], "expires_in": "72h", "role_assignments": %s}"""
                        .formatted(Fixtures.uniqueEmail("invitee"), roles)),
                new BodyCase("POST", roleAssignments, owner, roles),
                new BodyCase("PUT", roleAssignments, owner, roles),
                new BodyCase("DELETE", roleAssignments, owner, roles),
                new BodyCase("POST", "/api/v1/cloud-connected/clusters", owner,
                        "{\"name\": \"another\", \"kind\": \"eck\"}"),
                new BodyCase("PATCH", clusterPath, owner, "{\"name\": \"renamed\"}"),
                new BodyCase("PUT", clusterPath + "/customizations", owner, """
                        {"event_settings": [{"type": "high_cpu", "enabled": true, "thresholds": {"cpu_percent": 90}}]}"""),
                new BodyCase("PUT", orgPath + "/notifications", owner, """
                        {"connectors": [{"id": "%1$s", "type": "email", "name": "ops", "recipients": ["ops@example.com"]},
                                        {"type": "webhook", "name": "hook", "url": "https://example.com/hook"}],
                         "filters": [{"connector_id": "%1$s", "cluster_ids": ["%2$s"], "event_types": ["high_cpu"],
                                      "min_severity": "low", "delay_minutes": 0}]}"""
                        .formatted(UUID.randomUUID(), cluster)),
                new BodyCase("POST", "/api/v1/users/_reset_password", null, "{\"email\": \"someone@example.com\"}",
                        true),
                new BodyCase("POST", "/api/v1/agent/reports", agentToken, """
                        {"collected_at": "{NOW}", "cluster": {"version": {"number": "8.15.0"}},
                         "health": {"status": "yellow", "number_of_nodes": 1, "active_shards": 1, "unassigned_shards": 1},
                         "nodes_stats": {"nodes": {"node-1": {"name": "es-1", "os": {"cpu": {"percent": 12}}}}},
                         "settings": {"transient": {"cluster.routing.allocation.disk.watermark.low": "85%"}},
                         "shards": [{"index": "logs", "shard": "0", "prirep": "r", "state": "UNASSIGNED",
                                     "unassigned.reason": "NODE_LEFT"}]}""", true));
    }

    /** A route, the path to send to, the credential, a body, and whether it may accept over-long text. */
    private record BodyCase(Route route, String path, String token, String body, boolean mayAccept) {

        BodyCase(String method, String path, String token, String body) {
            this(method, path, token, body, false);
        }

        BodyCase(String method, String path, String token, String body, boolean mayAccept) {
            this(new Route(method, templateOf(path)), path, token, body, mayAccept);
        }

        /** The handler's path pattern of a concrete path, to compare with the registered routes. */
        private static String templateOf(String path) {
            return path.replaceAll("organizations/[0-9a-f-]{36}", "organizations/{organization_id}")
                    .replaceAll("users/[0-9a-f-]{36}", "users/{user_id}")
                    .replaceAll("clusters/[0-9a-f-]{36}", "clusters/{cluster_id}");
        }
    }

    private record Variant(String field, String body) {
    }

    /** The body once per string value in it (in objects and in arrays), with that one value replaced. */
    private static List<Variant> variants(JsonNode body, String value) {
        List<Variant> variants = new ArrayList<>();
        collect(body, body, "", value, variants);
        return variants;
    }

    private static void collect(JsonNode root, JsonNode node, String at, String replacement, List<Variant> variants) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                String field = at.isEmpty() ? name : at + "." + name;
                if (value.isString()) {
                    object.put(name, replacement);
                    variants.add(new Variant(field, JSON.writeValueAsString(root)));
                    object.set(name, value);
                } else {
                    collect(root, value, field, replacement, variants);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString()) {
                    array.set(i, replacement);
                    variants.add(new Variant(at + "[" + i + "]", JSON.writeValueAsString(root)));
                    array.set(i, value);
                } else {
                    collect(root, value, at + "[" + i + "]", replacement, variants);
                }
            }
        }
    }

    /** The body once per value in it, of any type and at any depth, with that one value made null. */
    private static List<Variant> nullVariants(JsonNode body) {
        List<Variant> variants = new ArrayList<>();
        collectNulls(body, body, "", variants);
        return variants;
    }

    private static void collectNulls(JsonNode root, JsonNode node, String at, List<Variant> variants) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                String field = at.isEmpty() ? name : at + "." + name;
                object.putNull(name);
                variants.add(new Variant(field, JSON.writeValueAsString(root)));
                object.set(name, value);
                collectNulls(root, value, field, variants);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                array.set(i, JSON.nullNode());
                variants.add(new Variant(at + "[" + i + "]", JSON.writeValueAsString(root)));
                array.set(i, value);
                collectNulls(root, value, at + "[" + i + "]", variants);
            }
        }
    }

    /** Every API route whose handler reads a JSON request body. */
    private Set<Route> bodyRoutes() {
        Set<Route> routes = new java.util.HashSet<>();
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            boolean readsBody = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
            if (readsBody) {
                mapping.getPatternValues().stream().filter(p -> p.startsWith("/api/v1/"))
                        .forEach(p -> mapping.getMethodsCondition().getMethods()
                                .forEach(m -> routes.add(new Route(m.name(), p))));
            }
        });
        return routes;
    }

    @Test
    void oversizedBodiesAre413AndWrongMethods405AndUnknownRoutes404() {
        Org org = fixtures.organization("Limits");
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";

        Response tooLarge = http.put("/api/v1/organizations/" + org.id(), org.owner().token(), huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("request.too_large");
        Response wrongMethod = http.send("PATCH", "/api/v1/organizations/" + org.id(), org.owner().token(), "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.code()).isEqualTo("request.method_not_allowed");
        Response unknown = http.get("/api/v1/nowhere/at/all", org.owner().token());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("request.not_found");
        Response wrongType = http.post("/api/v1/cloud-connected/clusters", org.owner().token(),
                "{\"name\": {\"nested\": 1}, \"kind\": \"eck\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().path("errors").path(0).path("fields").path(0).asString()).isEqualTo("name");
        assertThat(http.post("/api/v1/users/auth/_login", null, "{\"username\": ").code())
                .isEqualTo("request.invalid_json");
    }

    private void check(List<String> failures, String method, String path, String token, String body,
            String contentType) {
        Response response = http.send(method, path, token, body, contentType);
        String problem = null;
        if (response.status() >= 500) {
            problem = "server error";
        } else if (response.status() >= 400 && (response.code() == null || response.code().isBlank()
                || response.header("x-cloud-error-codes") == null)) {
            problem = "not in the error format";
        } else if (response.raw().body().contains("Exception") || response.raw().body().contains("\tat ")) {
            problem = "leaks a stack trace";
        }
        if (problem != null) {
            failures.add(problem + ": " + method + " " + path.substring(0, Math.min(path.length(), 120)) + " ["
                    + body.substring(0, Math.min(body.length(), 40)) + "] -> " + response.status() + " "
                    + response.raw().body().substring(0, Math.min(response.raw().body().length(), 200)));
        }
    }

    private record Route(String method, String path) {
    }

    private List<Route> routes() {
        Set<Route> routes = handlers.getHandlerMethods().keySet().stream()
                .flatMap(mapping -> mapping.getPatternValues().stream().filter(p -> p.startsWith("/api/v1/")
                        && !p.startsWith("/api/v1/api-docs"))
                        .flatMap(p -> mapping.getMethodsCondition().getMethods().stream()
                                .map(m -> new Route(m.name(), p))))
                .collect(Collectors.toSet());
        // Every path also with a method it does not support.
        Set<String> paths = routes.stream().map(Route::path).collect(Collectors.toSet());
        List<Route> all = new ArrayList<>(routes);
        paths.forEach(p -> all.add(new Route(RequestMethod.PATCH.name(), p)));
        return all;
    }
}
