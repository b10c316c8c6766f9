package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import io.gatehouse.support.Mailbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Live responses validated against the definitions of the upstream Elastic Cloud API
 * ({@code ../shared/reference/elastic-cloud-org-api.swagger.json}), so that tools written for it keep working.
 */
class ElasticCloudContractIntegrationTests extends ApiIntegrationTest {

    private static JsonNode definitions;
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    @BeforeAll
    static void loadUpstreamDefinitions() throws IOException {
        // A copy of ../shared/reference/elastic-cloud-org-api.swagger.json (Apache-2.0, from elastic/cloud-sdk-go).
        Path swagger = Path.of("src/test/resources/contract/elastic-cloud-org-api.swagger.json");
        definitions = JsonMapper.builder().build().readTree(Files.readString(swagger)).path("definitions");
    }

    @Test
    void organizationsMatchTheUpstreamDefinitions() {
        Org org = fixtures.organization("Contract");

        conforms(http.get("/api/v1/organizations", org.owner().token()), 200, "OrganizationList");
        conforms(http.get("/api/v1/organizations/" + org.id(), org.owner().token()), 200, "Organization");
        conforms(http.put("/api/v1/organizations/" + org.id(), org.owner().token(), Map.of("name", "Renamed")), 200,
                "Organization");
    }

    @Test
    void membersAndRoleAssignmentsMatchTheUpstreamDefinitions() {
        Org org = fixtures.organization("Members");
        ClusterId prod = fixtures.cluster(org, "prod");
        Person member = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(prod)));

        conforms(http.get("/api/v1/organizations/" + org.id() + "/members", org.owner().token()), 200,
                "OrganizationMemberships");
        conforms(http.post("/api/v1/users/" + member.id() + "/role_assignments", org.owner().token(),
                Map.of("organization", List.of(Map.of("role_id", "organization-admin", "organization_id",
                        org.id().toString())))), 200, "EmptyResponse");
        conforms(http.delete("/api/v1/organizations/" + org.id() + "/members/" + member.id(), org.owner().token()), 200,
                "EmptyResponse");
    }

    @Test
    void invitationsMatchTheUpstreamDefinitions() {
        Org org = fixtures.organization("Invitations");
        String email = Fixtures.uniqueEmail("contract");
        Response invited = http.post("/api/v1/organizations/" + org.id() + "/invitations", org.owner().token(),
                Map.of("emails", List.of(email), "role_assignments", Map.of("organization", List.of(Map.of("role_id",
                        "organization-admin", "organization_id", org.id().toString())))));
        conforms(invited, 201, "OrganizationInvitations");
        conforms(http.get("/api/v1/organizations/" + org.id() + "/invitations", org.owner().token()), 200,
                "OrganizationInvitations");
        String link = Mailbox.extract(mailbox.awaitMessage(email, 1), InvitationApiIntegrationTests.LINK);
        conforms(http.get("/api/v1/organizations/invitations/" + link, null), 200, "OrganizationInvitation");

        Person invitee = fixtures.user(email);
        conforms(http.post("/api/v1/organizations/invitations/" + link + "/_accept", invitee.token(), null), 200,
                "EmptyResponse");
        conforms(http.delete("/api/v1/organizations/" + org.id() + "/invitations/"
                + invited.body().path("invitations").path(0).path("id").asString(), org.owner().token()), 409,
                "BasicFailedReply");
    }

    @Test
    void errorRepliesMatchTheUpstreamDefinition() {
        Org org = fixtures.organization("Errors");

        conforms(http.get("/api/v1/organizations", null), 401, "BasicFailedReply");
        conforms(http.get("/api/v1/organizations/" + ClusterId.random(), org.owner().token()), 404, "BasicFailedReply");
        conforms(http.post("/api/v1/organizations/" + org.id() + "/invitations", org.owner().token(),
                Map.of("emails", List.of("bad@", "worse@"), "role_assignments", Map.of())), 400, "BasicFailedReply");
        conforms(http.get("/api/v1/organizations/invitations/nonsense", null), 404, "BasicFailedReply");
    }

    @Test
    void theValidatorRejectsWhatTheDefinitionsForbid() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(errors("Organization", json.readTree("{\"id\": \"x\"}"))).isNotEmpty();
        assertThat(errors("OrganizationInvitation", json.readTree("{\"token\": 1, \"email\": \"a@b.c\"}")))
                .isNotEmpty();
        assertThat(errors("BasicFailedReply", json.readTree("{\"errors\": [{\"code\": \"x\"}]}"))).isNotEmpty();
    }

    private void conforms(Response response, int status, String definition) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().isObject()).as("a JSON object: " + response).isTrue();
        assertThat(errors(definition, response.body())).as(definition + " for " + response).isEmpty();
    }

    private static List<Error> errors(String definition, JsonNode instance) {
        ObjectNode document = JsonMapper.builder().build().createObjectNode();
        document.set("definitions", definitions);
        document.put("$ref", "#/definitions/" + definition);
        Schema schema = SCHEMAS.getSchema(document.toString());
        return schema.validate(instance);
    }
}
