package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A corpus of client mistakes sent to every API route: malformed and wrong-shaped JSON, oversized bodies, wrong
 * types in parameters, garbage ids, wrong methods and content types. Each must answer 4xx in the error format;
 * never a 5xx, never a stack trace.
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
