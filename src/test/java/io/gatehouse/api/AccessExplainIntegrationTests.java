package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;

class AccessExplainIntegrationTests extends ApiIntegrationTest {

    @Test
    void explainsWhichGrantAllowsAndWhyOthersDoNot() {
        Org org = fixtures.organization("Explained");
        ClusterId a = fixtures.cluster(org, "a");
        ClusterId b = fixtures.cluster(org, "b");
        Person viewer = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(a)));
        String base = "/api/v1/organizations/" + org.id() + "/access/_explain?user_id=" + viewer.id();

        Response allowed = http.get(base + "&action=view_events&cluster_id=" + a, org.owner().token());
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body().path("allowed").asBoolean()).isTrue();
        assertThat(allowed.body().path("granted_by").path(0).asString())
                .isEqualTo("connected-cluster-viewer@cluster:" + a);

        Response denied = http.get(base + "&action=view_events&cluster_id=" + b, org.owner().token());
        assertThat(denied.body().path("allowed").asBoolean()).isFalse();
        assertThat(denied.body().path("granted_by")).isEmpty();
        assertThat(denied.body().path("reason").asString()).contains("view_events").contains(b.toString());
    }

    @Test
    void membersMayAskAboutThemselvesOnly() {
        Org org = fixtures.organization("Self");
        Person viewer = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        String base = "/api/v1/organizations/" + org.id() + "/access/_explain";

        Response self = http.get(base + "?action=connect_cluster", viewer.token());
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.body().path("allowed").asBoolean()).isFalse();
        assertThat(http.get(base + "?action=connect_cluster&user_id=" + org.owner().id(), viewer.token()).status())
                .isEqualTo(403);
        assertThat(http.get(base + "?action=fly", viewer.token()).code()).isEqualTo("request.invalid_parameter");
        assertThat(http.get(base + "?action=view_events", viewer.token()).code()).isEqualTo("request.invalid_parameter");
    }
}
