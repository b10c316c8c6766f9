package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import io.gatehouse.support.Mailbox;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The invitee's side, following the real links from the real emails. */
class InvitationAcceptanceIntegrationTests extends ApiIntegrationTest {

    private static final String CLUSTERS = "/api/v1/cloud-connected/clusters";

    @Test
    void aNewUserSignsUpThroughTheLinkAcceptsAndSeesExactlyTheSelectedCluster() {
        Org org = fixtures.organization("Acme");
        ClusterId chosen = fixtures.cluster(org, "prod-eu");
        fixtures.cluster(org, "prod-us");
        String email = Fixtures.uniqueEmail("newcomer");
        invite(org, email, InvitationApiIntegrationTests.viewerOn(org, chosen));
        String link = linkFor(email);

        JsonNode offer = http.get("/api/v1/organizations/invitations/" + link, null).body();
        assertThat(offer.path("organization").path("name").asString()).isEqualTo("Acme");
        assertThat(offer.path("email").asString()).isEqualTo(email);
        assertThat(offer.path("status").asString()).isEqualTo("pending");

        Response signUp = http.post("/api/v1/users/_signup", null, Map.of("email", email, "password",
                "newcomers-password", "name", "Newcomer", "invitation_token", link));
        assertThat(signUp.status()).isEqualTo(201);
        assertThat(signUp.body().path("verified").asBoolean()).isTrue();
        String token = login(email, "newcomers-password");
        assertThat(http.get("/api/v1/user", token).body().has("organization_id")).as("not joined yet").isFalse();

        assertThat(http.post("/api/v1/organizations/invitations/" + link + "/_accept", token, null).status())
                .isEqualTo(200);

        JsonNode me = http.get("/api/v1/user", token).body();
        assertThat(me.path("organization_id").asString()).isEqualTo(org.id().toString());
        JsonNode clusters = http.get(CLUSTERS, token).body().path("clusters");
        assertThat(clusters).hasSize(1);
        assertThat(clusters.path(0).path("name").asString()).isEqualTo("prod-eu");
        assertThat(http.get("/api/v1/organizations/invitations/" + link, null).body().path("status").asString())
                .isEqualTo("accepted");
        List<String> actions = new ArrayList<>();
        http.get("/api/v1/organizations/" + org.id() + "/audit", org.owner().token()).body().path("entries")
                .forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).startsWith("member.joined", "invitation.accepted");
    }

    @Test
    void anExistingAccountAcceptsOnlyWithTheInvitedAddress() {
        Org org = fixtures.organization("Existing");
        Person invitee = fixtures.user(Fixtures.uniqueEmail("invitee"));
        Person stranger = fixtures.user(Fixtures.uniqueEmail("stranger"));
        invite(org, invitee.email(), InvitationApiIntegrationTests.viewerOnAll(org));
        String link = linkFor(invitee.email());

        Response wrong = http.post("/api/v1/organizations/invitations/" + link + "/_accept", stranger.token(), null);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.code()).isEqualTo("organization.invitation_email_mismatch");
        assertThat(http.post("/api/v1/organizations/invitations/" + link + "/_accept", null, null).status())
                .isEqualTo(401);

        assertThat(http.post("/api/v1/organizations/invitations/" + link + "/_accept", invitee.token(), null).status())
                .isEqualTo(200);
        Response twice = http.post("/api/v1/organizations/invitations/" + link + "/_accept", invitee.token(), null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("organization.invitation_already_accepted");
    }

    @Test
    void aMemberOfAnotherOrganizationIsRefusedAndNothingChanges() {
        Org theirs = fixtures.organization("Elastic Fans");
        Org ours = fixtures.organization("Ours");
        invite(ours, theirs.owner().email(), InvitationApiIntegrationTests.viewerOnAll(ours));
        String link = linkFor(theirs.owner().email());

        Response refused = http.post("/api/v1/organizations/invitations/" + link + "/_accept", theirs.owner().token(),
                null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("organization.user_organization_already_belongs");
        assertThat(refused.body().path("errors").path(0).path("message").asString()).contains("\"Elastic Fans\"")
                .contains("leave").contains("different email address");
        assertThat(http.get("/api/v1/user", theirs.owner().token()).body().path("organization_id").asString())
                .isEqualTo(theirs.id().toString());
        assertThat(http.get("/api/v1/organizations/invitations/" + link, null).body().path("status").asString())
                .isEqualTo("pending");
        assertThat(http.get("/api/v1/organizations/" + ours.id() + "/audit", ours.owner().token()).body()
                .path("entries").path(0).path("action").asString()).isEqualTo("invitation.refused");
    }

    @Test
    void isValidUntilOneSecondBeforeSeventyTwoHoursAndExpiredAtSeventyTwo() {
        Org org = fixtures.organization("Boundary");
        Person early = fixtures.user(Fixtures.uniqueEmail("early"));
        Person late = fixtures.user(Fixtures.uniqueEmail("late"));
        invite(org, early.email() + " " + late.email(), InvitationApiIntegrationTests.viewerOnAll(org));
        String earlyLink = linkFor(early.email());
        String lateLink = linkFor(late.email());
        java.time.Instant expiresAt = java.time.Instant.parse(http.get("/api/v1/organizations/invitations/" + earlyLink,
                null).body().path("expires_at").asString());

        clock.freezeAt(expiresAt.minusSeconds(1));
        assertThat(http.post("/api/v1/organizations/invitations/" + earlyLink + "/_accept",
                fixtures.token(early.id(), early.email()), null).status()).isEqualTo(200);

        clock.freezeAt(expiresAt);
        Response expired = http.post("/api/v1/organizations/invitations/" + lateLink + "/_accept",
                fixtures.token(late.id(), late.email()), null);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.code()).isEqualTo("organization.invitation_expired");
        JsonNode view = http.get("/api/v1/organizations/invitations/" + lateLink, null).body();
        assertThat(view.path("status").asString()).isEqualTo("expired");
        assertThat(view.path("expired").asBoolean()).isTrue();
        assertThat(http.post("/api/v1/users/_signup", null, Map.of("email", late.email(), "password",
                "another-long-password", "name", "Late", "invitation_token", lateLink)).code())
                .isEqualTo("organization.invitation_expired");
    }

    @Test
    void twentySimultaneousAcceptsYieldOneMembership() throws Exception {
        Org org = fixtures.organization("Crowd");
        Person invitee = fixtures.user(Fixtures.uniqueEmail("crowd"));
        invite(org, invitee.email(), InvitationApiIntegrationTests.viewerOnAll(org));
        String link = linkFor(invitee.email());
        List<Callable<Response>> accepts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accepts.add(() -> http.post("/api/v1/organizations/invitations/" + link + "/_accept", invitee.token(), null));
        }

        List<Response> results = concurrently(accepts);

        assertThat(results).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(results).filteredOn(r -> r.status() == 409)
                .allMatch(r -> r.code().equals("organization.invitation_already_accepted")).hasSize(19);
        assertThat(memberships(invitee)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM role_grants WHERE user_id = ?").param(invitee.id().value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void acceptingTwoOrganizationsInvitationsAtOnceYieldsOneMembership() throws Exception {
        Org first = fixtures.organization("First");
        Org second = fixtures.organization("Second");
        Person invitee = fixtures.user(Fixtures.uniqueEmail("torn"));
        invite(first, invitee.email(), InvitationApiIntegrationTests.viewerOnAll(first));
        invite(second, invitee.email(), InvitationApiIntegrationTests.viewerOnAll(second));
        mailbox.awaitMessage(invitee.email(), 2);
        List<String> links = mailbox.messagesTo(invitee.email()).stream()
                .map(m -> Mailbox.extract(m, InvitationApiIntegrationTests.LINK)).toList();

        List<Response> results = concurrently(List.of(
                () -> http.post("/api/v1/organizations/invitations/" + links.get(0) + "/_accept", invitee.token(), null),
                () -> http.post("/api/v1/organizations/invitations/" + links.get(1) + "/_accept", invitee.token(), null)));

        assertThat(results).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
        assertThat(results).filteredOn(r -> r.status() == 409).first().extracting(Response::code)
                .isEqualTo("organization.user_organization_already_belongs");
        assertThat(memberships(invitee)).isEqualTo(1);
    }

    @Test
    void anUnverifiedPreRegistrationNeitherBlocksNorCapturesTheInvitation() {
        Org org = fixtures.organization("Captured?");
        String email = Fixtures.uniqueEmail("target");
        http.post("/api/v1/users/_signup", null,
                Map.of("email", email, "password", "attackers-password", "name", "Mallory"));
        invite(org, email, InvitationApiIntegrationTests.viewerOnAll(org));
        String link = Mailbox.extract(mailbox.awaitMessage(email, 2), InvitationApiIntegrationTests.LINK);

        Response signUp = http.post("/api/v1/users/_signup", null, Map.of("email", email, "password",
                "the-real-password", "name", "Real", "invitation_token", link));

        assertThat(signUp.status()).isEqualTo(201);
        assertThat(signUp.body().path("verified").asBoolean()).isTrue();
        assertThat(http.post("/api/v1/users/auth/_login", null, Map.of("username", email, "password",
                "attackers-password")).status()).isEqualTo(401);
        String token = login(email, "the-real-password");
        assertThat(http.post("/api/v1/organizations/invitations/" + link + "/_accept", token, null).status())
                .isEqualTo(200);
        String verifyLink = Mailbox.extract(mailbox.awaitMessage(email, 1), "token=([A-Za-z0-9._-]+)");
        assertThat(http.post("/api/v1/users/_verify", null, Map.of("token", verifyLink)).code())
                .as("the pre-registration's link died").isEqualTo("auth.invalid_token");
    }

    @Test
    void signUpWithAnInvitationNeedsTheInvitedAddressAndNoExistingAccount() {
        Org org = fixtures.organization("Gate");
        Person existing = fixtures.user(Fixtures.uniqueEmail("has-account"));
        String email = Fixtures.uniqueEmail("fresh");
        invite(org, email + " " + existing.email(), InvitationApiIntegrationTests.viewerOnAll(org));
        String link = linkFor(email);

        Response other = http.post("/api/v1/users/_signup", null, Map.of("email", Fixtures.uniqueEmail("other"),
                "password", "a-long-enough-password", "name", "Other", "invitation_token", link));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("organization.invitation_email_mismatch");

        Response exists = http.post("/api/v1/users/_signup", null, Map.of("email", existing.email(), "password",
                "a-long-enough-password", "name", "Again", "invitation_token", linkFor(existing.email())));
        assertThat(exists.status()).isEqualTo(409);
        assertThat(exists.code()).isEqualTo("auth.account_exists");
        assertThat(http.post("/api/v1/users/_signup", null, Map.of("email", email, "password",
                "a-long-enough-password", "name", "Fresh", "invitation_token", "nonsense")).code())
                .isEqualTo("organization.invitation_not_found");
    }

    private void invite(Org org, String emails, Map<String, Object> roles) {
        Response invited = http.post(InvitationApiIntegrationTests.invitations(org), org.owner().token(),
                Map.of("emails", List.of(emails), "role_assignments", roles));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    }

    private String linkFor(String email) {
        return Mailbox.extract(mailbox.awaitMessage(email, 1), InvitationApiIntegrationTests.LINK);
    }

    private String login(String email, String password) {
        Response login = http.post("/api/v1/users/auth/_login", null, Map.of("username", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.body().path("token").asString();
    }

    private long memberships(Person person) {
        return jdbc.sql("SELECT COUNT(*) FROM memberships WHERE user_id = ?").param(person.id().value())
                .query(Long.class).single();
    }

    private static List<Response> concurrently(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> results = new ArrayList<>();
            for (Future<Response> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
