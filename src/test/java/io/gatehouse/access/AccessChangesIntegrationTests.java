package io.gatehouse.access;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Eventually;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access snapshots are cached per user; a change committed by another Gatehouse process (simulated here by writing
 * the database directly) reaches this one through {@code pg_notify}, not only when the cache entry times out.
 */
class AccessChangesIntegrationTests extends ApiIntegrationTest {

    private static final String PROMOTE = """
            INSERT INTO role_grants (organization_id, user_id, role, scope) VALUES (?, ?, 'organization-owner', ?)
            """;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPromotionCommittedByAnotherNodeTakesEffectHereWhenItNotifies() {
        clock.freezeAt(clock.instant()); // so that only the notification, never the lifetime, can evict
        Org org = fixtures.organization("Two nodes");
        Person viewer = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        String members = "/api/v1/organizations/" + org.id() + "/members";
        assertThat(http.get(members, viewer.token()).status()).isEqualTo(403);

        // Another node writes without telling anyone: this node keeps its cached snapshot.
        jdbc.sql(PROMOTE).params(org.id().value(), viewer.id().value(), Scope.ALL.key()).update();
        assertThat(http.get(members, viewer.token()).status()).isEqualTo(403);

        // Its notification, delivered at commit, evicts the snapshot.
        transactions.executeWithoutResult(tx -> jdbc.sql("SELECT pg_notify('gatehouse_access', ?)")
                .param(org.id().value().toString()).query().listOfRows());
        Eventually.until("the promotion is seen", Duration.ofSeconds(5),
                () -> http.get(members, viewer.token()).status() == 200);
    }

    @Test
    void aDemotionThroughTheApiTakesEffectOnTheNextRequest() {
        Org org = fixtures.organization("Demotion");
        Person owner2 = fixtures.member(org, RoleAssignment.owner());
        String members = "/api/v1/organizations/" + org.id() + "/members";
        assertThat(http.get(members, owner2.token()).status()).isEqualTo(200);

        assertThat(http.delete("/api/v1/users/" + owner2.id() + "/role_assignments", org.owner().token(),
                Map.of("organization", List.of(Map.of("organization_id",
                        org.id().toString(), "role_id", "organization-admin")))).status()).isEqualTo(200);

        assertThat(http.get(members, owner2.token()).status()).isEqualTo(403);
    }
}
