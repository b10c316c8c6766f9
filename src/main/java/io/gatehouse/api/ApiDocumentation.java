package io.gatehouse.api;

import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.gatehouse.web.Anonymous;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document at {@code /api/v1/api-docs} (browsable at {@code /api/docs}): every route, in snake_case
 * as on the wire, the two authentication schemes, and the error format on every operation, with examples.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String ERROR_SCHEMA = "#/components/schemas/ErrorReply";

    static {
        // The interceptor supplies the caller; it is no request parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    /** Schemas in snake_case, as the API's JSON is (the document is built with swagger-core's own mapper). */
    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenAPI gatehouseOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Gatehouse API").version("v1").license(new License().name("Apache-2.0"))
                        .description("""
                                Organizations, members, invitations, role assignments and connected clusters, \
                                following the Elastic Cloud organization API. Errors always have the shape \
                                {"errors":[{"code","message","fields"}]}, with the codes also in the \
                                x-cloud-error-codes header. Ids of another organization answer 404, like ids that \
                                do not exist."""))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A token from POST /api/v1/users/auth/_login (24 h)"))
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("Authorization")
                                .description("\"ApiKey <key>\", a key from POST /api/v1/users/auth/keys"))
                        .addSchemas("ErrorReply", errorReply()));
    }

    /**
     * Request and response examples of the main operations, kept as data in {@code openapi/examples.json}
     * ({@code "<method> <path>": {"request": …, "<status>": …}}) rather than as annotations on every handler. A test
     * checks that each names a documented operation and fits its schema.
     */
    @Bean
    @SuppressWarnings("unchecked")
    OpenApiCustomizer examples() {
        Map<String, Map<String, Object>> examples;
        try (var in = ApiDocumentation.class.getResourceAsStream("/openapi/examples.json")) {
            examples = Json.mapper().readValue(in, Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return openApi -> examples.forEach((route, byPart) -> {
            String[] methodAndPath = route.split(" ", 2);
            var item = openApi.getPaths() == null ? null : openApi.getPaths().get(methodAndPath[1]);
            var operation = item == null ? null
                    : item.readOperationsMap().get(io.swagger.v3.oas.models.PathItem.HttpMethod
                            .valueOf(methodAndPath[0].toUpperCase(java.util.Locale.ROOT)));
            if (operation == null) {
                return; // the test names it
            }
            byPart.forEach((part, example) -> {
                Content content = part.equals("request")
                        ? operation.getRequestBody() == null ? null : operation.getRequestBody().getContent()
                        : operation.getResponses().get(part) == null ? null : operation.getResponses().get(part).getContent();
                if (content != null) {
                    content.values().forEach(media -> media.setExample(example));
                }
            });
        });
    }

    /** Who may call an operation, and the errors every operation can answer. */
    @Bean
    OperationCustomizer accessAndErrors() {
        return (operation, handler) -> {
            boolean anonymous = handler.hasMethodAnnotation(Anonymous.class);
            if (!anonymous) {
                operation.addSecurityItem(new SecurityRequirement().addList("bearer"))
                        .addSecurityItem(new SecurityRequirement().addList("apiKey"));
            }
            RequiresPermission permission = handler.getMethodAnnotation(RequiresPermission.class);
            if (permission != null) {
                operation.description((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                        + "Requires the permission `" + permission.value().apiName() + "`.");
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            responses.putIfAbsent("400", error("Malformed request", "request.invalid_json"));
            if (!anonymous) {
                responses.putIfAbsent("401", error("No valid credentials", "auth.unauthenticated"));
                responses.putIfAbsent("403", error("The caller may not do this", "auth.forbidden"));
            }
            responses.putIfAbsent("404", error("Unknown, or of another organization", "request.not_found"));
            responses.putIfAbsent("413", error("Body over 1 MiB", "request.too_large"));
            operation.setResponses(responses);
            return operation;
        };
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema errorReply() {
        Schema element = new Schema().type("object").addProperty("code", new Schema().type("string"))
                .addProperty("message", new Schema().type("string"))
                .addProperty("fields", new Schema().type("array").items(new Schema().type("string")));
        element.setRequired(java.util.List.of("code", "message"));
        Schema reply = new Schema().type("object").addProperty("errors", new Schema().type("array").items(element));
        reply.setRequired(java.util.List.of("errors"));
        return reply;
    }

    private static ApiResponse error(String description, String code) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref(ERROR_SCHEMA)).example(Map.of("errors",
                        java.util.List.of(Map.of("code", code, "message", description))))));
    }
}
