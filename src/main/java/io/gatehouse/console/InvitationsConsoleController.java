package io.gatehouse.console;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.gatehouse.access.Permission;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.invitation.InvitationNotFound;
import io.gatehouse.invitation.InvitationService;
import io.gatehouse.invitation.InvitationView;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.shared.DomainException;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.Problem;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** <b>Invite members</b> (seed steps 4–8), and <b>Resend</b> / <b>Revoke</b> on the invitations table. */
@Controller
class InvitationsConsoleController {

    private static final Set<String> ADDRESS_PROBLEMS = Set.of("organization.invitation_invalid_email",
            "organization.already_member", "organization.invitations_too_many");

    private final InvitationService invitations;
    private final MembershipService memberships;
    private final ClusterService clusters;
    private final RolesInWords words;
    private final Clock clock;

    InvitationsConsoleController(InvitationService invitations, MembershipService memberships, ClusterService clusters,
            RolesInWords words, Clock clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.clusters = clusters;
        this.words = words;
        this.clock = clock;
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @GetMapping("/organization/invitations/new")
    String inviteForm(Caller caller, Model model) {
        return invitePage(caller, "", RoleChoice.none(), FormErrors.none(), model);
    }

    /** Nothing is stored or sent while anything is wrong: the service validates the request whole. */
    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @PostMapping("/organization/invitations")
    String invite(Caller caller, @RequestParam(defaultValue = "") String emails, RoleChoice.Submitted submitted, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        RoleChoice choice = submitted.choice();
        RoleChoice.Parsed roles = choice.toAssignments(ids -> clusters.unknown(caller.organization(), ids));
        List<InvitationView> sent;
        try {
            sent = invitations.invite(caller.organization(), caller.user(), List.of(emails), null, roles.assignments(),
                    roles.problems());
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return invitePage(caller, emails, choice, FormErrors.of(refused.problems(), InvitationsConsoleController::fieldOf),
                    model);
        }
        redirect.addFlashAttribute("notice", "Sent " + sent.size() + (sent.size() == 1 ? " invitation." : " invitations."));
        warnAboutOtherOrganizations(caller, sent, redirect);
        return "redirect:/organization/members";
    }

    /** Invitations are refused at acceptance, not here, for someone in another organization: say so now. */
    private void warnAboutOtherOrganizations(Caller caller, List<InvitationView> sent, RedirectAttributes redirect) {
        List<String> elsewhere = memberships.inOtherOrganizations(caller.organization(),
                sent.stream().map(v -> v.invitation().email()).toList()).stream().map(EmailAddress::value).sorted()
                .toList();
        if (!elsewhere.isEmpty()) {
            redirect.addFlashAttribute("problem", String.join(", ", elsewhere) + (elsewhere.size() == 1 ? " belongs"
                    : " belong") + " to another organization and cannot accept before leaving it (or being invited"
                    + " at a different email address).");
        }
    }

    private static @Nullable String fieldOf(Problem problem) {
        if (ADDRESS_PROBLEMS.contains(problem.code())) {
            return "emails";
        }
        return Forms.fieldAmong(problem, Set.of("roles", "clusters"));
    }

    /** With htmx, answers the updated table row; without, goes back to the members page. */
    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @PostMapping("/organization/invitations/{invitation_id}/resend")
    String resend(Caller caller, @PathVariable("invitation_id") String invitationId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            RedirectAttributes redirect) {
        InvitationView resent;
        try {
            resent = invitations.resend(caller.organization(), id(invitationId), caller.user());
        } catch (DomainException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/organization/members";
        }
        if (htmx != null) {
            var roles = resent.invitation().roleAssignments();
            model.addAttribute("row", InvitationRow.of(resent,
                    words.namer(caller.organization(), List.of(roles)).apply(roles), clock.instant()));
            model.addAttribute("rowNotice", "Sent again to " + resent.invitation().email() + ".");
            return "console/invitation-row :: invitationRow";
        }
        redirect.addFlashAttribute("notice", "Sent the invitation again to " + resent.invitation().email() + ".");
        return "redirect:/organization/members";
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @PostMapping("/organization/invitations/{invitation_id}/revoke")
    String revoke(Caller caller, @PathVariable("invitation_id") String invitationId, RedirectAttributes redirect) {
        try {
            invitations.revoke(caller.organization(), List.of(id(invitationId)));
            redirect.addFlashAttribute("notice", "Revoked the invitation: its link no longer works.");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/organization/members";
    }

    private String invitePage(Caller caller, String emails, RoleChoice choice, FormErrors errors, Model model) {
        model.addAttribute("emails", emails);
        model.addAttribute("roles", choice);
        model.addAttribute("clusterOptions", ClusterOptions.of(clusters, caller));
        model.addAttribute("errors", errors);
        return "console/invite";
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvitationNotFound();
        }
    }
}
