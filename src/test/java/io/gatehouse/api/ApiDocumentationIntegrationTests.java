package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every API route, as it is on the wire, with both authentication schemes. */
class ApiDocumentationIntegrationTests extends ApiIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void documentsEveryApiRoute() {
        JsonNode paths = document().path("paths");
        List<String> missing = new ArrayList<>();
        handlers.getHandlerMethods().forEach((mapping, method) -> {
            for (String path : mapping.getPatternValues()) {
                if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/api-docs")) {
                    continue;
                }
                for (RequestMethod verb : mapping.getMethodsCondition().getMethods()) {
                    if (paths.path(path).path(verb.name().toLowerCase(Locale.ROOT)).isMissingNode()) {
                        missing.add(verb + " " + path);
                    }
                }
            }
        });
        assertThat(paths.size()).isGreaterThan(20);
        assertThat(missing).as("routes missing from /api/v1/api-docs").isEmpty();
    }

    @Test
    void describesSchemasInSnakeCaseWithAuthenticationAndErrors() {
        JsonNode doc = document();

        assertThat(doc.path("components").path("schemas").path("InviteRequest").path("properties").has("expires_in"))
                .isTrue();
        assertThat(doc.path("components").path("securitySchemes").has("bearer")).isTrue();
        assertThat(doc.path("components").path("securitySchemes").path("apiKey").path("name").asString())
                .isEqualTo("Authorization");
        JsonNode invite = doc.path("paths").path("/api/v1/organizations/{organization_id}/invitations").path("post");
        assertThat(invite.path("responses").has("201")).isTrue();
        assertThat(invite.path("responses").path("403").path("content").path("application/json").path("schema")
                .path("$ref").asString()).isEqualTo("#/components/schemas/ErrorReply");
        assertThat(invite.path("security")).hasSize(2);
        assertThat(invite.path("parameters").toString()).doesNotContain("caller");
        JsonNode login = doc.path("paths").path("/api/v1/users/auth/_login").path("post");
        assertThat(login.has("security")).as("anonymous operations need no credentials").isFalse();
    }

    /** Each example of openapi/examples.json names a documented operation and uses only its schema's fields. */
    @Test
    void showsExamplesThatFitTheirSchemas() throws Exception {
        JsonNode doc = document();
        JsonNode examples = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(getClass().getResourceAsStream("/openapi/examples.json"));
        List<String> problems = new ArrayList<>();
        examples.properties().forEach(route -> {
            String[] methodAndPath = route.getKey().split(" ", 2);
            JsonNode operation = doc.path("paths").path(methodAndPath[1]).path(methodAndPath[0]);
            if (operation.isMissingNode()) {
                problems.add(route.getKey() + ": no such operation");
                return;
            }
            route.getValue().properties().forEach(part -> {
                JsonNode media = (part.getKey().equals("request") ? operation.path("requestBody")
                        : operation.path("responses").path(part.getKey())).path("content").path("application/json");
                if (media.isMissingNode()) {
                    media = (part.getKey().equals("request") ? operation.path("requestBody")
                            : operation.path("responses").path(part.getKey())).path("content").path("*/*");
                }
                if (!media.path("example").equals(part.getValue())) {
                    problems.add(route.getKey() + " " + part.getKey() + ": example not shown");
                }
                JsonNode schema = resolve(doc, media.path("schema"));
                if (schema.has("properties")) {
                    part.getValue().propertyNames().stream().filter(name -> !schema.path("properties").has(name))
                            .forEach(name -> problems.add(route.getKey() + " " + part.getKey() + ": no field " + name));
                }
            });
        });
        assertThat(examples.size()).isGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/components/schemas/")
                ? doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    @Test
    void servesABrowsablePage() {
        Response page = http.get("/api/swagger-ui/index.html", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("swagger-ui");
        assertThat(http.get("/api/docs", null).status()).isIn(200, 302);
    }

    private JsonNode document() {
        Response doc = http.get("/api/v1/api-docs", null);
        assertThat(doc.status()).isEqualTo(200);
        return doc.body();
    }
}
