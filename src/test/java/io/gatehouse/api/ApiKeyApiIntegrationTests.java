package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;

class ApiKeyApiIntegrationTests extends ApiIntegrationTest {

    private static final String KEYS = "/api/v1/users/auth/keys";

    @Test
    void createsAKeyShownOnceThatWorksLikeItsOwner() {
        Org org = fixtures.organization("Keys");

        Response created = http.post(KEYS, org.owner().token(), Map.of("description", "ci script"));

        assertThat(created.status()).isEqualTo(201);
        String key = created.body().path("key").asString();
        Instant creation = Instant.parse(created.body().path("creation_date").asString());
        assertThat(Instant.parse(created.body().path("expiration_date").asString()))
                .isEqualTo(creation.plus(Duration.ofDays(90)));
        Response me = http.get("/api/v1/user", "ApiKey " + key);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("user_id").asString()).isEqualTo(org.owner().id().toString());
        assertThat(me.header("X-Elastic-Api-Key-Expiration")).isEqualTo(created.body().path("expiration_date").asString());
        assertThat(http.put("/api/v1/organizations/" + org.id(), "ApiKey " + key, Map.of("name", "Renamed by key"))
                .status()).isEqualTo(200);

        Response list = http.get(KEYS, org.owner().token());
        assertThat(list.body().path("keys")).hasSize(1);
        assertThat(list.body().path("keys").path(0).has("key")).isFalse();
        assertThat(list.body().path("keys").path(0).path("description").asString()).isEqualTo("ci script");
        assertThat(list.body().path("keys").path(0).path("last_used").asString()).isNotBlank();
        assertThat(http.get("/api/v1/user", org.owner().token()).header("X-Elastic-Api-Key-Expiration")).isNull();
    }

    @Test
    void aKeyMadeWithAKeyExpiresNoLaterThanItsMaker() {
        Person person = fixtures.user(Fixtures.uniqueEmail("derived"));
        Response parent = http.post(KEYS, person.token(), Map.of("description", "parent", "expiration", "30d"));
        String key = "ApiKey " + parent.body().path("key").asString();
        String parentExpiry = parent.body().path("expiration_date").asString();

        Response longer = http.post(KEYS, key, Map.of("description", "child", "expiration", "365d"));
        Response shorter = http.post(KEYS, key, Map.of("description", "short child", "expiration", "2d"));

        assertThat(longer.status()).isEqualTo(201);
        assertThat(longer.body().path("expiration_date").asString()).isEqualTo(parentExpiry);
        assertThat(Instant.parse(shorter.body().path("expiration_date").asString()))
                .isEqualTo(Instant.parse(shorter.body().path("creation_date").asString()).plus(Duration.ofDays(2)));
        Response bearer = http.post(KEYS, person.token(), Map.of("description", "signed in", "expiration", "365d"));
        assertThat(Instant.parse(bearer.body().path("expiration_date").asString()))
                .isEqualTo(Instant.parse(bearer.body().path("creation_date").asString()).plus(Duration.ofDays(365)));
    }

    @Test
    void validatesDescriptionAndExpiration() {
        Person person = fixtures.user(Fixtures.uniqueEmail("keys"));

        Response year = http.post(KEYS, person.token(), Map.of("description", "long", "expiration", "365d"));
        assertThat(year.status()).isEqualTo(201);
        for (String bad : new String[] { "366d", "0d", "10w", "forever" }) {
            Response refused = http.post(KEYS, person.token(), Map.of("description", "x", "expiration", bad));
            assertThat(refused.code()).as(bad).isEqualTo("api_keys.invalid_expiration");
        }
        assertThat(http.post(KEYS, person.token(), Map.of("description", " ")).code())
                .isEqualTo("api_keys.invalid_description");
        assertThat(http.post(KEYS, null, Map.of("description", "anonymous")).status()).isEqualTo(401);
    }

    @Test
    void aRemovedMembersKeysLoseAccessAtOnce() {
        Org org = fixtures.organization("Removal");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));
        String key = "ApiKey " + http.post(KEYS, member.token(), Map.of("description", "mine")).body().path("key")
                .asString();
        assertThat(http.get("/api/v1/organizations/" + org.id(), key).status()).isEqualTo(200);

        http.delete("/api/v1/organizations/" + org.id() + "/members/" + member.id(), org.owner().token());

        assertThat(http.get("/api/v1/organizations/" + org.id(), key).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/cloud-connected/clusters", key).status()).isEqualTo(403);
    }

    @Test
    void aDemotedMembersKeysLoseTheRightsAtOnce() {
        Org org = fixtures.organization("Demotion");
        ClusterId prod = fixtures.cluster(org, "prod");
        Person admin = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));
        String key = "ApiKey " + http.post(KEYS, admin.token(), Map.of("description", "ops")).body().path("key")
                .asString();
        assertThat(http.patch("/api/v1/cloud-connected/clusters/" + prod, key, Map.of("name", "p")).status())
                .isEqualTo(200);

        http.put("/api/v1/users/" + admin.id() + "/role_assignments", org.owner().token(),
                RoleAssignmentApiIntegrationTests.clusterRoleOnAll(org, "cloud-connected-viewer"));

        assertThat(http.patch("/api/v1/cloud-connected/clusters/" + prod, key, Map.of("name", "q")).status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/cloud-connected/clusters/" + prod, key).status()).isEqualTo(200);
    }

    @Test
    void listsKeysOldestFirstAPageAtATime() {
        Person person = fixtures.user(Fixtures.uniqueEmail("pages"));
        for (String description : List.of("one", "two", "three")) {
            http.post(KEYS, person.token(), Map.of("description", description));
            clock.advance(Duration.ofMillis(1));
        }

        Response first = http.get(KEYS + "?size=2", person.token());
        Response second = http.get(KEYS + "?size=2&cursor=" + first.body().path("next_cursor").asString(),
                person.token());

        assertThat(first.body().path("keys")).extracting(k -> k.path("description").asString())
                .containsExactly("one", "two");
        assertThat(second.body().path("keys")).extracting(k -> k.path("description").asString())
                .containsExactly("three");
        assertThat(second.body().has("next_cursor")).isFalse();
        assertThat(http.get(KEYS, person.token()).body().path("keys")).hasSize(3);
        for (String bad : List.of("?size=0", "?size=1001", "?cursor=zz", "?cursor=" + PageRequest.encode("x|y"))) {
            assertThat(http.get(KEYS + bad, person.token()).code()).as(bad).isEqualTo("request.invalid_parameter");
        }
    }

    @Test
    void revokedAndExpiredKeysAreRefused() {
        Org org = fixtures.organization("Revoked");
        Response first = http.post(KEYS, org.owner().token(), Map.of("description", "one"));
        Response second = http.post(KEYS, org.owner().token(), Map.of("description", "two", "expiration", "1d"));
        Person stranger = fixtures.user(Fixtures.uniqueEmail("stranger"));

        assertThat(http.delete(KEYS + "/" + first.body().path("id").asString(), stranger.token()).code())
                .isEqualTo("api_keys.not_found");
        assertThat(http.delete(KEYS + "/" + first.body().path("id").asString(), org.owner().token()).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/user", "ApiKey " + first.body().path("key").asString()).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/user", "ApiKey " + second.body().path("key").asString()).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(1));
        Response expired = http.get("/api/v1/user", "ApiKey " + second.body().path("key").asString());
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("auth.invalid_credentials");

        java.util.List<String> actions = new java.util.ArrayList<>();
        http.get("/api/v1/organizations/" + org.id() + "/audit", fixtures.signedInAgain(org).owner().token()).body()
                .path("entries").forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("api_key.revoked", "api_key.created", "api_key.created");
    }
}
