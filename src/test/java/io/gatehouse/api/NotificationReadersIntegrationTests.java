package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * API.md: every admin may read the notification preferences, owners and admins on all clusters change them. What an
 * admin on selected clusters reads stays within their clusters, and holds no webhook credential.
 */
class NotificationReadersIntegrationTests extends ApiIntegrationTest {

    @Test
    void anAdminOnSelectedClustersReadsOnlyWhatConcernsTheirClustersAndNoWebhookPath() {
        Org org = fixtures.organization("Readers of preferences");
        ClusterId eu = fixtures.cluster(org, "eu");
        ClusterId us = fixtures.cluster(org, "us");
        UUID mail = UUID.randomUUID();
        UUID hook = UUID.randomUUID();
        Response saved = http.put(preferences(org), org.owner().token(), Map.of(
                "connectors", List.of(
                        Map.of("id", mail.toString(), "type", "email", "name", "ops", "recipients",
                                List.of("ops@example.com")),
                        Map.of("id", hook.toString(), "type", "webhook", "name", "chat",
                                "url", "https://hooks.example.com/services/T000/B000/SECRET")),
                "filters", List.of(
                        Map.of("connector_id", mail.toString(), "cluster_ids", List.of(eu.toString(), us.toString()),
                                "min_severity", "low", "delay_minutes", 0),
                        Map.of("connector_id", hook.toString(), "cluster_ids", List.of(us.toString()),
                                "min_severity", "high", "delay_minutes", 0),
                        Map.of("connector_id", hook.toString(), "min_severity", "medium", "delay_minutes", 0))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        fixtures.failedDelivery(org.id(), eu, mail);
        fixtures.failedDelivery(org.id(), us, hook);
        Person admin = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_ADMIN, List.of(eu)));

        JsonNode read = http.get(preferences(org), admin.token()).body();
        JsonNode deliveries = http.get(preferences(org) + "/deliveries", admin.token()).body().path("deliveries");

        assertThat(read.path("connectors")).extracting(c -> c.path("name").asString() + " " + c.path("url").asString(""))
                .containsExactly("ops ", "chat https://hooks.example.com/…");
        assertThat(read.toString()).doesNotContain("SECRET").doesNotContain(us.toString());
        assertThat(read.path("filters")).hasSize(2);
        assertThat(read.path("filters").path(0).path("cluster_ids")).extracting(JsonNode::asString)
                .containsExactly(eu.toString());
        assertThat(read.path("filters").path(1).has("cluster_ids")).as("all clusters").isFalse();
        assertThat(deliveries).singleElement()
                .satisfies(d -> assertThat(d.path("connector_id").asString()).isEqualTo(mail.toString()));

        JsonNode owners = http.get(preferences(org), org.owner().token()).body();
        assertThat(owners.path("filters")).hasSize(3);
        assertThat(owners.toString()).contains("https://hooks.example.com/services/T000/B000/SECRET");
        assertThat(http.get(preferences(org) + "/deliveries", org.owner().token()).body().path("deliveries")).hasSize(2);
    }

    private static String preferences(Org org) {
        return "/api/v1/organizations/" + org.id() + "/notifications";
    }
}
