package io.gatehouse.console;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.AccessSnapshot;
import io.gatehouse.access.Authorizer;
import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.invitation.InvitationAcceptance;
import io.gatehouse.invitation.InvitationService;
import io.gatehouse.invitation.InvitationStatus;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.support.Browser;
import io.gatehouse.support.BrowserIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static io.gatehouse.support.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: the seed's steps 1–8 in a real browser, the invitee's side of the link, and managing members. */
class InvitationsBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final String LINK = "(/invitations/[A-Za-z0-9._~-]+)";

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    MembershipService memberships;

    @Autowired
    Authorizer authorizer;

    @Test
    void ownerInvitesTwoViewersOfASelectedClusterAndAnInviteeJoinsSeeingExactlyThatCluster() {
        Org org = fixtures.organization("Seed Walk");
        fixtures.cluster(org, "prod-eu");
        fixtures.cluster(org, "prod-us");
        String ann = uniqueEmail("ann");
        String bob = uniqueEmail("bob");

        // 1. Log in.
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        // 2. In the Connected clusters section, select a cluster.
        browser.heading("Connected clusters");
        browser.screenshot("home");
        browser.link("prod-eu").click();
        browser.heading("prod-eu");
        browser.screenshot("cluster");
        // 3. From the navigation menu, select Organization.
        browser.link("Organization").click();
        // 4. On the Members page, click Invite members.
        browser.heading("Members");
        browser.link("Invite members").click();
        browser.heading("Invite members");
        // 5. Enter the email addresses, separated by a space.
        browser.field("Email addresses").sendKeys(ann + " " + bob);
        // 6. In the Assign roles section, enable Connected cluster access.
        browser.heading("Assign roles");
        assertThat(browser.field("Viewer").isDisplayed()).isFalse();
        browser.field("Connected cluster access").click();
        // 7. Set roles on selected clusters.
        browser.field("Viewer").click();
        browser.field("Selected clusters").click();
        browser.select("Clusters", "prod-eu");
        browser.screenshot("invite-members");
        // 8. Click Send invites: both are listed as pending.
        browser.press("Send invites");
        browser.heading("Members");
        for (String invited : List.of(ann, bob)) {
            WebElement row = browser.row("invitations-table", invited);
            assertThat(row.getText()).contains("pending").contains("Viewer on cluster prod-eu");
        }
        browser.screenshot("members");
        browser.resize(390, 844); // a phone
        browser.screenshot("members-phone");
        assertThat(browser.elementsWiderThanTheWindow()).isEmpty();
        browser.resize(1280, 900);

        String link = Mailbox.extract(mailbox.awaitMessage(ann, 1), LINK);
        browser.startOver(port);
        browser.open(link);
        browser.heading("Join Seed Walk");
        assertThat(browser.text()).contains("Viewer on cluster prod-eu").contains(ann);
        browser.field("Name").sendKeys("Ann Example");
        browser.field("Password").sendKeys("ann-has-a-long-password");
        browser.screenshot("accept-invitation");
        browser.press("Accept invitation");

        browser.heading("Connected clusters");
        assertThat(browser.column("clusters-table", 1)).containsExactly("prod-eu");
        assertThat(browser.controlsNamed("Connect cluster")).isEmpty();
        assertThat(browser.controlsNamed("Organization")).isEmpty();
    }

    @Test
    void ownerIsWarnedAtOnceWhenAnInviteeBelongsToAnotherOrganization() {
        Org org = fixtures.organization("Warned");
        Org other = fixtures.organization("Elsewhere Inc");
        Person taken = fixtures.member(other, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        String free = uniqueEmail("free");
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open("/organization/invitations/new");
        browser.field("Email addresses").sendKeys(free + " " + taken.email());
        browser.field("Connected cluster access").click();
        browser.press("Send invites");

        browser.heading("Members");
        assertThat(browser.text()).contains("Sent 2 invitations.").contains(taken.email()
                + " belongs to another organization and cannot accept before leaving it").doesNotContain("Elsewhere Inc");
        assertThat(browser.row("invitations-table", taken.email()).getText()).contains("pending");
    }

    @Test
    void malformedAddressIsShownAtTheFieldAndNothingIsSent() {
        Org org = fixtures.organization("Typo");
        String fine = uniqueEmail("fine");
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open("/organization/invitations/new");
        browser.field("Email addresses").sendKeys(fine + " not-an-address");
        browser.field("Connected cluster access").click();
        browser.press("Send invites");

        WebElement addresses = browser.field("Email addresses");
        assertThat(addresses.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(addresses.getAttribute("value")).isEqualTo(fine + " not-an-address");
        assertThat(addresses.getAttribute("aria-describedby")).contains("emails-error");
        assertThat(browser.text()).contains("\"not-an-address\" is not a valid email address");
        browser.screenshot("invite-error");
        assertThat(jdbc.sql("SELECT count(*) FROM invitations WHERE organization_id = ?").param(org.id().value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ?").param(fine)
                .query(Long.class).single()).isZero();
    }

    @Test
    void ownerEditsAMembersRolesAndRemovesAMember() {
        Org org = fixtures.organization("Team");
        ClusterId eu = fixtures.cluster(org, "prod-eu");
        Person dana = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        Person eve = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open("/organization/members");

        browser.press(Browser.control(browser.row("members-table", dana.email()), "Edit roles"));
        browser.heading("Edit roles");
        assertThat(browser.field("Connected cluster access").isSelected()).isTrue();
        browser.field("Admin").click();
        browser.field("Selected clusters").click();
        browser.select("Clusters", "prod-eu");
        browser.press("Save roles");
        browser.heading("Members");
        assertThat(browser.row("members-table", dana.email()).getText()).contains("Admin on cluster prod-eu");
        AccessSnapshot danaNow = authorizer.snapshotOf(dana.id());
        assertThat(danaNow.assignments()).containsExactly(RoleAssignment.onClusters(Role.CLUSTER_ADMIN, List.of(eu)));

        assertThat(browser.pressAndConfirm(Browser.control(browser.row("members-table", eve.email()), "Remove")))
                .contains(eve.email());
        browser.heading("Members");
        assertThat(browser.text()).contains("Removed " + eve.email());
        assertThat(browser.column("members-table", 1)).doesNotContain(eve.email()).contains(dana.email());
        assertThat(memberships.isMember(org.id(), eve.id())).isFalse();
    }

    @Test
    void removingAnOwnerSaysThatTheInvitationsTheySentAreRevoked() {
        Org org = fixtures.organization("Handover");
        Person olga = fixtures.member(org, RoleAssignment.owner());
        for (String name : List.of("first", "second")) {
            assertThat(http.post("/api/v1/organizations/" + org.id() + "/invitations", olga.token(), Map.of("emails",
                    List.of(Fixtures.uniqueEmail(name)), "role_assignments", Map.of("organization", List.of(Map.of(
                            "role_id", "organization-admin", "organization_id", org.id().toString())))))
                    .status()).isEqualTo(201);
        }
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open("/organization/members");

        browser.pressAndConfirm(Browser.control(browser.row("members-table", olga.email()), "Remove"));

        browser.heading("Members");
        assertThat(browser.text()).contains("Removed " + olga.email() + " from the organization. The 2 invitations "
                + "they had sent, still pending, are revoked.");
    }

    @Test
    void expiredRevokedAndAcceptedLinksEachSayWhy() {
        Org org = fixtures.organization("Closed Links");
        AuthenticatedUser owner = new AuthenticatedUser(org.owner().id(), org.owner().email());
        String late = uniqueEmail("late");
        String revoked = uniqueEmail("revoked");
        Person joined = fixtures.user(uniqueEmail("joined"));
        List<RoleAssignment> viewer = List.of(RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        invitations.invite(org.id(), owner, List.of(late, revoked, joined.email()), null, viewer, List.of());
        String lateLink = Mailbox.extract(mailbox.awaitMessage(late, 1), LINK);
        String revokedLink = Mailbox.extract(mailbox.awaitMessage(revoked, 1), LINK);
        String joinedLink = Mailbox.extract(mailbox.awaitMessage(joined.email(), 1), LINK);
        invitations.revoke(org.id(), invitations.list(org.id(), InvitationStatus.PENDING, PageRequest.first(10)).items()
                .stream().filter(v -> v.invitation().email().value().equals(revoked)).map(v -> v.invitation().id())
                .toList());
        acceptance.accept(joinedLink.substring("/invitations/".length()),
                new AuthenticatedUser(joined.id(), joined.email()));

        browser.open(revokedLink);
        assertThat(browser.text()).contains("This invitation does not exist or was revoked.");
        assertThat(browser.controlsNamed("Accept invitation")).isEmpty();

        browser.open(joinedLink);
        assertThat(browser.text()).contains("This invitation has already been accepted.");
        assertThat(browser.controlsNamed("Accept invitation")).isEmpty();

        clock.advance(Duration.ofHours(72));
        browser.open(lateLink);
        assertThat(browser.text()).contains("This invitation has expired; ask an owner to resend it.");
        assertThat(browser.controlsNamed("Accept invitation")).isEmpty();
        browser.screenshot("invitation-expired");
    }
}
