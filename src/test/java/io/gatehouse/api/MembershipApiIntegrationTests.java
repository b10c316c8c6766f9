package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.membership.AlreadyInAnotherOrganization;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/** Organizations and their members: listing, removing, leaving, the last-owner and one-organization rules. */
class MembershipApiIntegrationTests extends ApiIntegrationTest {

    @Autowired
    MembershipService memberships;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void ownersRenameTheirOrganizationOthersMayOnlyReadIt() {
        Org org = fixtures.organization("Before");
        Person viewer = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));

        Response renamed = http.put(orgPath(org), org.owner().token(), Map.of("name", "  After  "));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("name").asString()).isEqualTo("After");
        assertThat(http.get(orgPath(org), viewer.token()).body().path("name").asString()).isEqualTo("After");
        assertThat(http.put(orgPath(org), viewer.token(), Map.of("name", "Mine")).status()).isEqualTo(403);
        Response blank = http.put(orgPath(org), org.owner().token(), Map.of("name", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo("organization.invalid_name");
    }

    @Test
    void listsTheCallersOrganizationOnly() {
        Org org = fixtures.organization("Mine");
        fixtures.organization("Theirs");

        Response list = http.get("/api/v1/organizations", org.owner().token());
        assertThat(list.body().path("organizations")).hasSize(1);
        assertThat(list.body().path("organizations").path(0).path("id").asString()).isEqualTo(org.id().toString());
        Person loner = fixtures.user(io.gatehouse.support.Fixtures.uniqueEmail("loner"));
        assertThat(http.get("/api/v1/organizations", loner.token()).body().path("organizations")).isEmpty();
    }

    @Test
    void ownersListMembersWithTheirRoles() {
        Org org = fixtures.organization("Listed");
        var cluster = fixtures.cluster(org, "prod-eu");
        Person viewer = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(cluster)));

        Response members = http.get(orgPath(org) + "/members", org.owner().token());
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.body().path("members")).hasSize(2);
        var second = members.body().path("members").path(1);
        assertThat(second.path("user_id").asString()).isEqualTo(viewer.id().toString());
        assertThat(second.path("email").asString()).isEqualTo(viewer.email());
        assertThat(second.path("member_since").asString()).isNotBlank();
        var assignment = second.path("role_assignments").path("cloud_connected_resource").path(0);
        assertThat(assignment.path("role_id").asString()).isEqualTo("cloud-connected-viewer");
        assertThat(assignment.path("all").asBoolean()).isFalse();
        assertThat(assignment.path("resource_ids").path(0).asString()).isEqualTo(cluster.toString());

        assertThat(http.get(orgPath(org) + "/members", viewer.token()).status()).isEqualTo(403);
    }

    @Test
    void pagesMembersWithACursor() {
        Org org = fixtures.organization("Paged");
        for (int i = 0; i < 4; i++) {
            fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        }
        Response first = http.get(orgPath(org) + "/members?size=2", org.owner().token());
        assertThat(first.body().path("members")).hasSize(2);
        String cursor = first.body().path("next_cursor").asString();
        Response second = http.get(orgPath(org) + "/members?size=2&cursor=" + cursor, org.owner().token());
        Response third = http.get(orgPath(org) + "/members?size=2&cursor=" + second.body().path("next_cursor").asString(),
                org.owner().token());
        assertThat(third.body().path("members")).hasSize(1);
        assertThat(third.body().has("next_cursor")).isFalse();
        assertThat(second.body().path("members").path(0).path("user_id").asString())
                .isNotEqualTo(first.body().path("members").path(1).path("user_id").asString());

        assertThat(http.get(orgPath(org) + "/members?size=0", org.owner().token()).code())
                .isEqualTo("request.invalid_parameter");
        assertThat(http.get(orgPath(org) + "/members?size=1001", org.owner().token()).status()).isEqualTo(400);
        assertThat(http.get(orgPath(org) + "/members?cursor=%21%21", org.owner().token()).code())
                .isEqualTo("request.invalid_parameter");
    }

    @Test
    void ownersRemoveMembersWhoThenLoseAccess() {
        Org org = fixtures.organization("Removing");
        Person a = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        Person b = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));

        Response removed = http.delete(orgPath(org) + "/members/" + a.id() + "," + b.id(), org.owner().token());

        assertThat(removed.status()).isEqualTo(200);
        assertThat(http.get(orgPath(org), a.token()).status()).isEqualTo(404);
        assertThat(http.get(orgPath(org), b.token()).status()).isEqualTo(404);
        assertThat(http.get(orgPath(org) + "/members", org.owner().token()).body().path("members")).hasSize(1);
    }

    @Test
    void membersMayLeaveButNotRemoveOthers() {
        Org org = fixtures.organization("Leaving");
        Person a = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));
        Person b = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));

        Response removeOther = http.delete(orgPath(org) + "/members/" + b.id(), a.token());
        assertThat(removeOther.status()).isEqualTo(403);
        assertThat(http.delete(orgPath(org) + "/members/" + a.id(), a.token()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/user", a.token()).body().has("organization_id")).isFalse();
    }

    @Test
    void refusesRemovingUnknownMembers() {
        Org org = fixtures.organization("Unknown");
        Org other = fixtures.organization("Other");

        Response foreign = http.delete(orgPath(org) + "/members/" + other.owner().id(), org.owner().token());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("organization.membership_not_found");
        assertThat(http.delete(orgPath(org) + "/members/not-a-uuid", org.owner().token()).status()).isEqualTo(404);
    }

    @Test
    void theLastOwnerCannotLeaveWhileOthersRemain() {
        Org org = fixtures.organization("Kept");
        fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));

        Response leave = http.delete(orgPath(org) + "/members/" + org.owner().id(), org.owner().token());

        assertThat(leave.status()).isEqualTo(409);
        assertThat(leave.code()).isEqualTo("organization.last_owner");
    }

    @Test
    void aSoleMemberWithoutClustersWhoLeavesDeletesTheOrganization() {
        Org org = fixtures.organization("Empty");

        assertThat(http.delete(orgPath(org) + "/members/" + org.owner().id(), org.owner().token()).status())
                .isEqualTo(200);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM organizations WHERE id = ?").param(org.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSoleMemberWithClustersCannotLeave() {
        Org org = fixtures.organization("Busy");
        fixtures.cluster(org, "prod");

        Response leave = http.delete(orgPath(org) + "/members/" + org.owner().id(), org.owner().token());

        assertThat(leave.status()).isEqualTo(409);
        assertThat(leave.code()).isEqualTo("organization.last_owner");
    }

    @RepeatedTest(3)
    void keepsAnOwnerWhenTwoOwnersDemoteEachOtherAtOnce() throws Exception {
        Org org = fixtures.organization("Race");
        Person second = fixtures.member(org, RoleAssignment.owner());
        Map<String, Object> viewer = Map.of("cloud_connected_resource",
                List.of(Map.of("role_id", "cloud-connected-viewer", "organization_id", org.id().toString(), "all", true)));

        List<Response> results = concurrently(
                () -> http.put("/api/v1/users/" + second.id() + "/role_assignments", org.owner().token(), viewer),
                () -> http.put("/api/v1/users/" + org.owner().id() + "/role_assignments", second.token(), viewer));

        // The loser is refused as the last owner, or (if already demoted when it arrived) as no longer an owner.
        assertThat(results).extracting(Response::status).containsOnlyOnce(200);
        assertThat(results).extracting(Response::status).containsAnyOf(409, 403).doesNotContain(500);
        assertThat(owners(org)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void keepsAnOwnerWhenTwoOwnersRemoveEachOtherAtOnce() throws Exception {
        Org org = fixtures.organization("Race");
        Person second = fixtures.member(org, RoleAssignment.owner());

        List<Response> results = concurrently(
                () -> http.delete(orgPath(org) + "/members/" + second.id(), org.owner().token()),
                () -> http.delete(orgPath(org) + "/members/" + org.owner().id(), second.token()));

        // The loser is refused as the last owner, or (if the winner already removed it) as no longer a member.
        assertThat(results).extracting(Response::status).containsOnlyOnce(200);
        assertThat(results).extracting(Response::status).containsAnyOf(409, 404).doesNotContain(500);
        assertThat(owners(org)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void noGrantOutlivesAClusterDisconnectedWhileARoleChangeNamesIt() throws Exception {
        Org org = fixtures.organization("Race");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        ClusterId doomed = fixtures.cluster(org, "doomed");
        Map<String, Object> viewerOfDoomed = Map.of("cloud_connected_resource", List.of(Map.of("role_id",
                "cloud-connected-viewer", "organization_id", org.id().toString(), "all", false,
                "resource_ids", List.of(doomed.toString()))));

        List<Response> results = concurrently(
                () -> http.put("/api/v1/users/" + member.id() + "/role_assignments", org.owner().token(), viewerOfDoomed),
                () -> http.delete("/api/v1/cloud-connected/clusters/" + doomed, org.owner().token()));

        // The role change comes first (and its grant is dropped by the disconnect) or finds the cluster gone.
        assertThat(results.get(1).status()).as(results.get(1).toString()).isEqualTo(200);
        assertThat(results.get(0).status()).as(results.get(0).toString()).isIn(200, 400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM role_grants WHERE organization_id = ? AND scope = ?")
                .params(org.id().value(), "cluster:" + doomed).query(Long.class).single()).isZero();
    }

    @Test
    void theDatabaseRefusesASecondMembership() {
        Org first = fixtures.organization("First");
        Org second = fixtures.organization("Second");

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO memberships (organization_id, user_id, created_at) VALUES (?, ?, now())")
                .params(second.id().value(), first.owner().id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("memberships_one_organization_per_user");
    }

    @Test
    void joiningASecondOrganizationNamesTheFirst() {
        Org first = fixtures.organization("Elastic Fans");
        Org second = fixtures.organization("Second");

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> memberships.join(second.id(),
                first.owner().id(), List.of(RoleAssignment.owner()))))
                .isInstanceOf(AlreadyInAnotherOrganization.class)
                .hasMessageContaining("\"Elastic Fans\"")
                .hasMessageContaining("leave")
                .hasMessageContaining("different email address");
    }

    private long owners(Org org) {
        return jdbc.sql("SELECT COUNT(*) FROM role_grants WHERE organization_id = ? AND role = 'organization-owner'")
                .param(org.id().value()).query(Long.class).single();
    }

    private static String orgPath(Org org) {
        return "/api/v1/organizations/" + org.id();
    }

    @SafeVarargs
    private static List<Response> concurrently(Callable<Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new java.util.ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> results = new java.util.ArrayList<>();
            for (Future<Response> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
