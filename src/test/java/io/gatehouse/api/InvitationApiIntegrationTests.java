package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.invitation.InvitationService;
import io.gatehouse.membership.RoleAssignmentService;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.Forbidden;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import io.gatehouse.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Inviting, refreshing, resending, revoking and listing, with the real emails read from the SMTP server. */
class InvitationApiIntegrationTests extends ApiIntegrationTest {

    @Autowired
    InvitationService invitationService;

    @Autowired
    RoleAssignmentService roleAssignments;

    static final String LINK = "/invitations/([A-Za-z0-9._-]+)";

    @Test
    void invitesSeveralAddressesSeparatedBySpacesAndEmailsEachOnce() {
        Org org = fixtures.organization("Acme Search");
        ClusterId eu = fixtures.cluster(org, "prod-eu");
        ClusterId us = fixtures.cluster(org, "prod-us");
        String a = Fixtures.uniqueEmail("a");
        String b = Fixtures.uniqueEmail("b");

        Response invited = invite(org, List.of(a.toUpperCase() + "  " + b, " " + a + ",\n"), viewerOn(org, eu, us));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        JsonNode invitations = invited.body().path("invitations");
        assertThat(invitations).hasSize(2);
        JsonNode first = invitations.path(0);
        assertThat(first.path("email").asString()).isEqualTo(a);
        assertThat(first.path("status").asString()).isEqualTo("pending");
        assertThat(first.path("token").asString()).isEqualTo(first.path("id").asString());
        assertThat(first.path("expired").asBoolean()).isFalse();
        assertThat(first.path("send_count").asInt()).isEqualTo(1);
        assertThat(first.path("organization").path("name").asString()).isEqualTo("Acme Search");
        assertThat(first.path("invited_by").path("email").asString()).isEqualTo(org.owner().email());
        Instant created = Instant.parse(first.path("created_at").asString());
        assertThat(Instant.parse(first.path("expires_at").asString())).isEqualTo(created.plus(Duration.ofHours(72)));
        assertThat(first.path("role_assignments").path("cloud_connected_resource").path(0).path("resource_ids"))
                .hasSize(2);

        MimeMessage mail = mailbox.awaitMessage(a, 1);
        String text = Mailbox.part(mail, "text/plain");
        assertThat(Mailbox.subject(mail)).isEqualTo(org.owner().email() + " invited you to join Acme Search on Gatehouse");
        assertThat(text).contains("\"Acme Search\"").contains("Viewer on clusters prod-eu, prod-us")
                .contains("before " + java.time.format.DateTimeFormatter
                        .ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", java.util.Locale.ENGLISH)
                        .withZone(java.time.ZoneOffset.UTC).format(Instant.parse(first.path("expires_at").asString())))
                .contains("http://localhost:8080/invitations/" + first.path("id").asString() + ".");
        assertThat(Mailbox.part(mail, "text/html")).contains("<li>Viewer on clusters prod-eu, prod-us</li>")
                .contains("Accept invitation");
        mailbox.awaitMessage(b, 1);
        assertThat(mailbox.messagesTo(a)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitations WHERE secret_hash LIKE ?")
                .param("%" + Mailbox.extract(mail, LINK).split("\\.")[1] + "%").query(Long.class).single())
                .as("only a hash of the secret is stored").isZero();
    }

    @Test
    void refusesTheWholeRequestWithOneErrorPerProblemAndStoresNothing() {
        Org org = fixtures.organization("Strict");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        String good = Fixtures.uniqueEmail("good");
        ClusterId unknown = ClusterId.random();

        Response refused = invite(org, List.of(good + " bad@ " + member.email().toUpperCase() + " also@bad"),
                viewerOn(org, unknown));

        assertThat(refused.status()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        refused.body().path("errors").forEach(e -> problems.add(e.path("code").asString() + " "
                + e.path("fields").path(0).asString()));
        assertThat(problems).containsExactlyInAnyOrder("clusters.not_found " + unknown,
                "organization.invitation_invalid_email bad@", "organization.invitation_invalid_email also@bad",
                "organization.already_member " + member.email());
        assertThat(refused.header("x-cloud-error-codes").split(","))
                .containsExactlyInAnyOrder("clusters.not_found", "organization.invitation_invalid_email",
                        "organization.already_member");
        assertThat(listing(org, "")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?").param(good).query(Long.class)
                .single()).isZero();
    }

    @Test
    void refusesMissingRolesBadExpiryAndTooManyAddresses() {
        Org org = fixtures.organization("Picky");
        String email = Fixtures.uniqueEmail("x");

        Response noRoles = http.post(invitations(org), org.owner().token(), Map.of("emails", List.of(email)));
        assertThat(noRoles.code()).isEqualTo("role_assignments.invalid");
        assertThat(noRoles.body().path("errors").path(0).path("fields").path(0).asString()).isEqualTo("role_assignments");
        for (String expiry : List.of("0s", "31d", "72", "1w", "-1h", "", " ")) {
            Response bad = http.post(invitations(org), org.owner().token(),
                    Map.of("emails", List.of(email), "expires_in", expiry, "role_assignments", viewerOnAll(org)));
            assertThat(bad.code()).as(expiry).isEqualTo("organization.invitation_invalid_expiry");
        }
        assertThat(invite(org, List.of(" "), viewerOnAll(org)).code()).isEqualTo("organization.invitation_invalid_email");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add("user" + i + "@example.com");
        }
        Response tooMany = invite(org, many, viewerOnAll(org));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo("organization.invitations_too_many");
        assertThat(http.post(invitations(org), org.owner().token(), "{\"emails\": [").code())
                .isEqualTo("request.invalid_json");
        assertThat(listing(org, "")).isEmpty();
    }

    @Test
    void refusesTensOfThousandsOfAddressesBeforeLookingAnyUp() {
        Org org = fixtures.organization("Flooded");
        StringBuilder addresses = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            addresses.append('u').append(i).append("@x.io ");
        }
        String body = "{\"emails\": \"" + addresses + "\", \"role_assignments\": "
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(viewerOnAll(org)) + "}";
        assertThat(body.length()).as("below the 1 MiB body limit").isLessThan(1024 * 1024);

        Response refused = http.post(invitations(org), org.owner().token(), body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("organization.invitations_too_many");
        assertThat(refused.body().path("errors")).hasSize(1);
        assertThat(refused.body().path("errors").path(0).path("fields").path(0).asString()).isEqualTo("emails");
        assertThat(listing(org, "")).isEmpty();
    }

    @Test
    void invitesFromALongOrganizationNameAndALongInviterAddressWithASubjectThatFits() {
        Org org = fixtures.organization("O".repeat(200), longAddress());
        String invitee = Fixtures.uniqueEmail("subject");

        Response invited = invite(org, List.of(invitee), viewerOnAll(org));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String subject = Mailbox.subject(mailbox.awaitMessage(invitee, 1));
        assertThat(subject).hasSize(400).startsWith(org.owner().email() + " invited you to join OOOO").endsWith("…");
    }

    /** A unique address of the longest length allowed (254 characters). */
    private static String longAddress() {
        String unique = Fixtures.uniqueEmail("l").replace("@example.com", "").replace("-", "");
        String local = (unique + "l".repeat(64)).substring(0, 64);
        String domain = "d".repeat(63) + "." + "d".repeat(63) + "." + "d".repeat(57) + ".com";
        String address = local + "@" + domain;
        assertThat(address).hasSize(254);
        return address;
    }

    @Test
    void honoursAShorterExpiresIn() {
        Org org = fixtures.organization("Short");
        Response invited = http.post(invitations(org), org.owner().token(), Map.of("emails",
                List.of(Fixtures.uniqueEmail("s")), "expires_in", "90m", "role_assignments", viewerOnAll(org)));

        JsonNode invitation = invited.body().path("invitations").path(0);
        assertThat(Duration.between(Instant.parse(invitation.path("created_at").asString()),
                Instant.parse(invitation.path("expires_at").asString()))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void invitingAgainRefreshesThePendingInvitationAndKillsItsOldLink() {
        Org org = fixtures.organization("Refresh");
        String email = Fixtures.uniqueEmail("again");
        String id = invite(org, List.of(email), viewerOnAll(org)).body().path("invitations").path(0).path("id").asString();
        String oldLink = Mailbox.extract(mailbox.awaitMessage(email, 1), LINK);
        io.gatehouse.support.Eventually.until("the first mail marked sent", Duration.ofSeconds(10),
                () -> listing(org, "").path(0).path("delivery").path("status").asString().equals("sent"));

        clock.advance(Duration.ofHours(1));
        Response again = invite(org, List.of(email), Map.of("organization",
                List.of(Map.of("role_id", "organization-admin", "organization_id", org.id().toString()))));

        JsonNode refreshed = again.body().path("invitations").path(0);
        assertThat(refreshed.path("id").asString()).isEqualTo(id);
        assertThat(refreshed.path("send_count").asInt()).isEqualTo(2);
        // The answer tells of the new mail, not of the one that went out an hour ago.
        assertThat(refreshed.path("delivery").path("status").asString()).isEqualTo("queued");
        assertThat(refreshed.path("delivery").path("attempts").asInt()).isZero();
        assertThat(refreshed.path("delivery").has("sent_at")).isFalse();
        assertThat(refreshed.path("role_assignments").has("cloud_connected_resource")).isFalse();
        assertThat(Instant.parse(refreshed.path("expires_at").asString()))
                .isEqualTo(Instant.parse(refreshed.path("last_sent_at").asString()).plus(Duration.ofHours(72)));
        String newLink = Mailbox.extract(mailbox.awaitMessage(email, 2), LINK);
        assertThat(http.get("/api/v1/organizations/invitations/" + oldLink, null).code())
                .isEqualTo("organization.invitation_not_found");
        JsonNode offered = http.get("/api/v1/organizations/invitations/" + newLink, null).body();
        assertThat(offered.path("role_assignments").path("organization").path(0).path("role_id").asString())
                .isEqualTo("organization-admin");
        assertThat(listing(org, "")).hasSize(1);
    }

    @Test
    void resendsAnExpiredInvitationWithANewWindowAndLink() {
        Org org = fixtures.organization("Resend");
        String email = Fixtures.uniqueEmail("late");
        String id = invite(org, List.of(email), viewerOnAll(org)).body().path("invitations").path(0).path("id").asString();
        String oldLink = Mailbox.extract(mailbox.awaitMessage(email, 1), LINK);
        clock.advance(Duration.ofHours(73));
        Org later = fixtures.signedInAgain(org);
        assertThat(listing(later, "?status=expired")).hasSize(1);
        assertThat(listing(later, "?status=pending")).isEmpty();

        Response resent = http.post(invitations(org) + "/" + id + "/_resend", later.owner().token(), null);

        assertThat(resent.status()).isEqualTo(201);
        assertThat(resent.body().path("status").asString()).isEqualTo("pending");
        assertThat(resent.body().path("send_count").asInt()).isEqualTo(2);
        String newLink = Mailbox.extract(mailbox.awaitMessage(email, 2), LINK);
        assertThat(newLink).isNotEqualTo(oldLink);
        assertThat(http.get("/api/v1/organizations/invitations/" + oldLink, null).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/organizations/invitations/" + newLink, null).body().path("status").asString())
                .isEqualTo("pending");
    }

    @Test
    void resendingGivesTheFull72HoursWhateverTheFirstSendingAsked() {
        Org org = fixtures.organization("Short then full");
        String email = Fixtures.uniqueEmail("brief");
        Response sent = http.post(invitations(org), org.owner().token(),
                Map.of("emails", List.of(email), "expires_in", "1h", "role_assignments", viewerOnAll(org)));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String id = sent.body().path("invitations").path(0).path("id").asString();
        JsonNode first = sent.body().path("invitations").path(0);
        assertThat(Instant.parse(first.path("expires_at").asString()))
                .isEqualTo(Instant.parse(first.path("last_sent_at").asString()).plus(Duration.ofHours(1)));

        Response resent = http.post(invitations(org) + "/" + id + "/_resend", org.owner().token(), null);

        assertThat(resent.status()).isEqualTo(201);
        assertThat(Instant.parse(resent.body().path("expires_at").asString()))
                .isEqualTo(Instant.parse(resent.body().path("last_sent_at").asString()).plus(Duration.ofHours(72)));
    }

    @Test
    void revokesPendingInvitationsAndTheirLinksStopWorking() {
        Org org = fixtures.organization("Revoke");
        String a = Fixtures.uniqueEmail("a");
        String b = Fixtures.uniqueEmail("b");
        JsonNode sent = invite(org, List.of(a, b), viewerOnAll(org)).body().path("invitations");
        String ids = sent.path(0).path("id").asString() + "," + sent.path(1).path("id").asString();
        String link = Mailbox.extract(mailbox.awaitMessage(a, 1), LINK);

        assertThat(http.delete(invitations(org) + "/" + ids, org.owner().token()).status()).isEqualTo(200);

        assertThat(http.get("/api/v1/organizations/invitations/" + link, null).code())
                .isEqualTo("organization.invitation_not_found");
        assertThat(listing(org, "?status=revoked")).hasSize(2);
        assertThat(http.post(invitations(org) + "/" + sent.path(0).path("id").asString() + "/_resend",
                org.owner().token(), null).status()).isEqualTo(404);
        // As in Elastic Cloud, where a revoked invitation is deleted: revoking it again is an unknown id, and a list
        // that holds one revokes nothing.
        Response again = http.delete(invitations(org) + "/" + ids, org.owner().token());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.code()).isEqualTo("organization.invitation_not_found");
        String c = invite(org, List.of(Fixtures.uniqueEmail("c")), viewerOnAll(org)).body().path("invitations").path(0)
                .path("id").asString();
        assertThat(http.delete(invitations(org) + "/" + c + "," + sent.path(0).path("id").asString(),
                org.owner().token()).code()).isEqualTo("organization.invitation_not_found");
        assertThat(listing(org, "?status=pending")).hasSize(1);
        assertThat(invite(org, List.of(a), viewerOnAll(org)).status()).as("a new invitation after revoking")
                .isEqualTo(201);
    }

    @Test
    void refusesRevokingOrResendingAnAcceptedInvitation() {
        Org org = fixtures.organization("Closed");
        Person invitee = fixtures.user(Fixtures.uniqueEmail("joined"));
        String id = invite(org, List.of(invitee.email()), viewerOnAll(org)).body().path("invitations").path(0)
                .path("id").asString();
        String link = Mailbox.extract(mailbox.awaitMessage(invitee.email(), 1), LINK);
        assertThat(http.post("/api/v1/organizations/invitations/" + link + "/_accept", invitee.token(), null).status())
                .isEqualTo(200);

        Response revoke = http.delete(invitations(org) + "/" + id, org.owner().token());
        Response resend = http.post(invitations(org) + "/" + id + "/_resend", org.owner().token(), null);

        assertThat(revoke.status()).isEqualTo(409);
        assertThat(revoke.code()).isEqualTo("organization.invitation_already_accepted");
        assertThat(resend.code()).isEqualTo("organization.invitation_already_accepted");
        assertThat(listing(org, "?status=accepted").path(0).path("accepted_at").asString()).isNotBlank();
    }

    @Test
    void listsForOwnersOnlyWithDeliveryStateAndPages() {
        Org org = fixtures.organization("Listing");
        Person admin = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));
        for (int i = 0; i < 3; i++) {
            invite(org, List.of(Fixtures.uniqueEmail("l" + i)), viewerOnAll(org));
        }
        io.gatehouse.support.Eventually.until("sent", Duration.ofSeconds(10), () -> {
            JsonNode all = listing(org, "");
            for (JsonNode i : all) {
                if (!i.path("delivery").path("status").asString().equals("sent")) {
                    return false;
                }
            }
            return true;
        });

        Response first = http.get(invitations(org) + "?size=2", org.owner().token());
        Response second = http.get(invitations(org) + "?size=2&cursor=" + first.body().path("next_cursor").asString(),
                org.owner().token());
        assertThat(first.body().path("invitations")).hasSize(2);
        assertThat(second.body().path("invitations")).hasSize(1);
        assertThat(first.body().path("invitations").path(0).path("email").asString()).startsWith("l2-");
        assertThat(http.get(invitations(org), admin.token()).status()).isEqualTo(403);
        assertThat(http.post(invitations(org), admin.token(), Map.of("emails", List.of("x@example.com"),
                "role_assignments", viewerOnAll(org))).status()).isEqualTo(403);
        assertThat(http.get(invitations(org) + "?status=lost", org.owner().token()).code())
                .isEqualTo("request.invalid_parameter");
    }

    @Test
    void disconnectingAClusterRemovesItFromPendingInvitations() {
        Org org = fixtures.organization("Dropped");
        ClusterId a = fixtures.cluster(org, "a");
        ClusterId b = fixtures.cluster(org, "b");
        invite(org, List.of(Fixtures.uniqueEmail("d")), viewerOn(org, a, b));

        http.delete("/api/v1/cloud-connected/clusters/" + a, org.owner().token());

        JsonNode ids = listing(org, "").path(0).path("role_assignments").path("cloud_connected_resource").path(0)
                .path("resource_ids");
        assertThat(ids).hasSize(1);
        assertThat(ids.path(0).asString()).isEqualTo(b.toString());
    }

    @Test
    void disconnectingTheOnlyClusterAnInvitationOffersRevokesItSoThatNoMemberJoinsWithoutARole() {
        Org org = fixtures.organization("Emptied");
        ClusterId a = fixtures.cluster(org, "a");
        Person invitee = fixtures.user(Fixtures.uniqueEmail("emptied"));
        invite(org, List.of(invitee.email()), viewerOn(org, a));
        String link = Mailbox.extract(mailbox.awaitMessage(invitee.email(), 1), LINK);

        assertThat(http.delete("/api/v1/cloud-connected/clusters/" + a, org.owner().token()).status()).isEqualTo(200);

        assertThat(listing(org, "?status=revoked")).hasSize(1);
        assertThat(listing(org, "?status=pending")).isEmpty();
        Response accept = http.post("/api/v1/organizations/invitations/" + link + "/_accept", invitee.token(), null);
        assertThat(accept.status()).isEqualTo(404);
        assertThat(accept.code()).isEqualTo("organization.invitation_not_found");
        JsonNode entries = http.get("/api/v1/organizations/" + org.id() + "/audit", org.owner().token()).body()
                .path("entries");
        assertThat(entries.path(0).path("action").asString()).isEqualTo("cluster.disconnected");
        JsonNode entry = entries.path(1);
        assertThat(entry.path("action").asString()).isEqualTo("invitation.revoked");
        assertThat(entry.path("details").asString()).isEqualTo(invitee.email() + ": it offered only cluster " + a
                + ", which was disconnected");
    }

    @Test
    void anOwnerWhoIsRemovedOrDemotedTakesTheirPendingInvitationsWithThem() {
        Org org = fixtures.organization("Takeover");
        Person removed = fixtures.member(org, RoleAssignment.owner());
        Person demoted = fixtures.member(org, RoleAssignment.owner());
        Map<String, Object> owner = Map.of("organization",
                List.of(Map.of("role_id", "organization-admin", "organization_id", org.id().toString())));
        Person accomplice = fixtures.user(Fixtures.uniqueEmail("accomplice"));
        String other = Fixtures.uniqueEmail("other");
        String kept = Fixtures.uniqueEmail("kept");
        assertThat(http.post(invitations(org), removed.token(), Map.of("emails", List.of(accomplice.email()),
                "role_assignments", owner)).status()).isEqualTo(201);
        assertThat(http.post(invitations(org), demoted.token(), Map.of("emails", List.of(other),
                "role_assignments", viewerOnAll(org))).status()).isEqualTo(201);
        invite(org, List.of(kept), viewerOnAll(org));
        String link = Mailbox.extract(mailbox.awaitMessage(accomplice.email(), 1), LINK);

        assertThat(http.delete("/api/v1/organizations/" + org.id() + "/members/" + removed.id(),
                org.owner().token()).status()).isEqualTo(200);
        assertThat(http.put("/api/v1/users/" + demoted.id() + "/role_assignments", org.owner().token(),
                viewerOnAll(org)).status()).isEqualTo(200);

        assertThat(listing(org, "?status=pending")).extracting(i -> i.path("email").asString()).containsExactly(kept);
        assertThat(listing(org, "?status=revoked")).extracting(i -> i.path("email").asString())
                .containsExactlyInAnyOrder(accomplice.email(), other);
        Response accept = http.post("/api/v1/organizations/invitations/" + link + "/_accept", accomplice.token(), null);
        assertThat(accept.code()).isEqualTo("organization.invitation_not_found");
        assertThat(jdbc.sql("SELECT count(*) FROM memberships WHERE user_id = ?").param(accomplice.id().value())
                .query(Long.class).single()).isZero();
        List<String> details = new ArrayList<>();
        http.get("/api/v1/organizations/" + org.id() + "/audit", org.owner().token()).body().path("entries")
                .forEach(e -> {
                    if (e.path("action").asString().equals("invitation.revoked")) {
                        details.add(e.path("details").asString());
                    }
                });
        assertThat(details).containsExactly(
                other + ": its sender, user " + demoted.id() + ", is no longer an owner",
                accomplice.email() + ": its sender, user " + removed.id() + ", is no longer an owner");
    }

    @Test
    void disconnectingAClusterLeavesAloneTheInvitationsThatDidNotOfferIt() {
        Org org = fixtures.organization("Unrelated");
        ClusterId a = fixtures.cluster(org, "a");
        ClusterId b = fixtures.cluster(org, "b");
        String onB = invite(org, List.of(Fixtures.uniqueEmail("on-b")), viewerOn(org, b)).body().path("invitations")
                .path(0).path("id").asString();
        // A row left without grants by an earlier version, which dropped a disconnected cluster and nothing else.
        jdbc.sql("DELETE FROM invitation_grants WHERE invitation_id = ?").param(java.util.UUID.fromString(onB))
                .update();

        assertThat(http.delete("/api/v1/cloud-connected/clusters/" + a, org.owner().token()).status()).isEqualTo(200);

        assertThat(listing(org, "?status=pending")).extracting(i -> i.path("id").asString()).containsExactly(onB);
        // Still, it offers nothing, and accepting it would make a member without a role.
        Person invitee = fixtures.user(listing(org, "?status=pending").path(0).path("email").asString());
        String link = Mailbox.extract(mailbox.awaitMessage(invitee.email(), 1), LINK);
        assertThat(http.post("/api/v1/organizations/invitations/" + link + "/_accept", invitee.token(), null).code())
                .isEqualTo("organization.invitation_not_found");
    }

    /** The request was authorized before an owner demoted the sender; inviting checks again, under the lock. */
    @Test
    void anOwnerDemotedWhileInvitingSendsNothing() {
        Org org = fixtures.organization("Demoted inviter");
        Person demoted = fixtures.member(org, RoleAssignment.owner());
        roleAssignments.replace(org.id(), demoted.id(), List.of(RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER)));
        String email = Fixtures.uniqueEmail("late-invitee");

        assertThatThrownBy(() -> invitationService.invite(org.id(), new AuthenticatedUser(demoted.id(),
                demoted.email()), List.of(email), null, List.of(RoleAssignment.owner()), List.of()))
                .isInstanceOf(Forbidden.class);

        assertThat(listing(org, "")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ?").param(email).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anInvitationResentByAnotherOwnerOutlivesItsFirstSender() {
        Org org = fixtures.organization("Handover");
        Person leaving = fixtures.member(org, RoleAssignment.owner());
        String email = Fixtures.uniqueEmail("handed-over");
        String id = http.post(invitations(org), leaving.token(), Map.of("emails", List.of(email),
                "role_assignments", viewerOnAll(org))).body().path("invitations").path(0).path("id").asString();
        http.post(invitations(org) + "/" + id + "/_resend", org.owner().token(), null);

        assertThat(http.delete("/api/v1/organizations/" + org.id() + "/members/" + leaving.id(), leaving.token())
                .status()).isEqualTo(200);

        assertThat(listing(org, "?status=pending")).extracting(i -> i.path("email").asString()).containsExactly(email);
    }

    @Test
    void recordsInvitationChangesInTheAuditLog() {
        Org org = fixtures.organization("Audited");
        String email = Fixtures.uniqueEmail("audited");
        String id = invite(org, List.of(email), viewerOnAll(org)).body().path("invitations").path(0).path("id").asString();
        invite(org, List.of(email), viewerOnAll(org));
        http.post(invitations(org) + "/" + id + "/_resend", org.owner().token(), null);
        http.delete(invitations(org) + "/" + id, org.owner().token());

        List<String> actions = new ArrayList<>();
        http.get("/api/v1/organizations/" + org.id() + "/audit", org.owner().token()).body().path("entries")
                .forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("invitation.revoked", "invitation.resent", "invitation.refreshed",
                "invitation.created");
    }

    @Test
    void invitesWithARoleOnSixtyClustersAndAuditsItCutToSize() {
        Org org = fixtures.organization("Many clusters");
        List<ClusterId> clusters = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            clusters.add(fixtures.cluster(org, "cluster-" + i));
        }

        Response invited = invite(org, List.of(Fixtures.uniqueEmail("wide")),
                viewerOn(org, clusters.toArray(ClusterId[]::new)));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        JsonNode created = http.get("/api/v1/organizations/" + org.id() + "/audit", org.owner().token()).body()
                .path("entries").path(0);
        assertThat(created.path("action").asString()).isEqualTo("invitation.created");
        assertThat(created.path("details").asString()).hasSize(4000);
    }

    Response invite(Org org, List<String> emails, Map<String, Object> roles) {
        return http.post(invitations(org), org.owner().token(), Map.of("emails", emails, "role_assignments", roles));
    }

    private JsonNode listing(Org org, String query) {
        Response list = http.get(invitations(org) + query, org.owner().token());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.body().path("invitations");
    }

    static String invitations(Org org) {
        return "/api/v1/organizations/" + org.id() + "/invitations";
    }

    static Map<String, Object> viewerOnAll(Org org) {
        return RoleAssignmentApiIntegrationTests.clusterRoleOnAll(org, "cloud-connected-viewer");
    }

    static Map<String, Object> viewerOn(Org org, ClusterId... clusters) {
        return RoleAssignmentApiIntegrationTests.clusterRole(org, "cloud-connected-viewer", clusters);
    }

    static Instant truncated(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
