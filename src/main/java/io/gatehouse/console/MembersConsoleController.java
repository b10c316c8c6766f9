package io.gatehouse.console;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.gatehouse.access.Permission;
import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.invitation.InvitationService;
import io.gatehouse.invitation.InvitationView;
import io.gatehouse.membership.Member;
import io.gatehouse.membership.MembershipNotFound;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.membership.RoleAssignmentService;
import io.gatehouse.shared.DomainException;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.shared.UserId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organization → <b>Members</b>: the members and invitations tables, <b>Edit roles</b> and <b>Remove</b>. */
@Controller
class MembersConsoleController {

    static final int PAGE_SIZE = 50;

    /** A member's row: the member and their roles in words. */
    record MemberRow(Member member, List<String> roles) {
    }

    private final MembershipService memberships;
    private final RoleAssignmentService roles;
    private final InvitationService invitations;
    private final ClusterService clusters;
    private final RolesInWords words;
    private final java.time.Clock clock;

    MembersConsoleController(MembershipService memberships, RoleAssignmentService roles,
            InvitationService invitations, ClusterService clusters, RolesInWords words, java.time.Clock clock) {
        this.memberships = memberships;
        this.roles = roles;
        this.invitations = invitations;
        this.clusters = clusters;
        this.words = words;
        this.clock = clock;
    }

    @RequiresPermission(Permission.READ_MEMBERS)
    @GetMapping("/organization/members")
    String members(Caller caller, @RequestParam(name = "members", required = false) @Nullable String membersCursor,
            @RequestParam(name = "invitations", required = false) @Nullable String invitationsCursor, Model model) {
        Page<Member> members = memberships.members(caller.organization(), PageRequest.of(PAGE_SIZE, membersCursor));
        Page<InvitationView> sent = invitations.list(caller.organization(), null,
                PageRequest.of(PAGE_SIZE, invitationsCursor));
        List<List<RoleAssignment>> mentioned = new java.util.ArrayList<>();
        members.items().forEach(m -> mentioned.add(m.roleAssignments()));
        sent.items().forEach(v -> mentioned.add(v.invitation().roleAssignments()));
        Function<List<RoleAssignment>, List<String>> inWords = words.namer(caller.organization(), mentioned);
        model.addAttribute("members", members.items().stream()
                .map(m -> new MemberRow(m, inWords.apply(m.roleAssignments()))).toList());
        model.addAttribute("invitations", sent.items().stream()
                .map(v -> InvitationRow.of(v, inWords.apply(v.invitation().roleAssignments()), clock.instant())).toList());
        model.addAttribute("membersNext", members.nextCursor());
        model.addAttribute("invitationsNext", sent.nextCursor());
        model.addAttribute("membersCursor", membersCursor);
        model.addAttribute("invitationsCursor", invitationsCursor);
        model.addAttribute("me", caller.id());
        return "console/members";
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @GetMapping("/organization/members/{user_id}/roles")
    String editRolesForm(Caller caller, @PathVariable("user_id") String userId, Model model) {
        Member member = memberships.member(caller.organization(), user(userId));
        return editRolesPage(caller, member, RoleChoice.of(member.roleAssignments()), FormErrors.none(), model);
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @PostMapping("/organization/members/{user_id}/roles")
    String editRoles(Caller caller, @PathVariable("user_id") String userId, RoleChoice.Submitted submitted, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Member member = memberships.member(caller.organization(), user(userId));
        RoleChoice choice = submitted.choice();
        RoleChoice.Parsed parsed = choice.toAssignments(ids -> clusters.unknown(caller.organization(), ids));
        try {
            if (!parsed.problems().isEmpty()) {
                throw new io.gatehouse.shared.InvalidRequest(parsed.problems());
            }
            int pending = invitations.pendingSentBy(caller.organization(), member.userId());
            roles.replace(caller.organization(), member.userId(), parsed.assignments());
            redirect.addFlashAttribute("notice", "Saved the roles of " + member.email() + "."
                    + lapsed(pending - invitations.pendingSentBy(caller.organization(), member.userId())));
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return editRolesPage(caller, member, choice, FormErrors.of(refused.problems(),
                    p -> Forms.fieldAmong(p, Set.of("roles", "clusters"))), model);
        }
        return "redirect:/organization/members";
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @PostMapping("/organization/members/{user_id}/remove")
    String remove(Caller caller, @PathVariable("user_id") String userId, RedirectAttributes redirect) {
        Member member = memberships.member(caller.organization(), user(userId));
        try {
            int pending = invitations.pendingSentBy(caller.organization(), member.userId());
            memberships.remove(caller.organization(), caller.id(), true, List.of(member.userId()));
            redirect.addFlashAttribute("notice", "Removed " + member.email() + " from the organization."
                    + lapsed(pending - invitations.pendingSentBy(caller.organization(), member.userId())));
        } catch (DomainException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/organization/members";
    }

    /** An owner's pending invitations end with their ownership: the notice says so rather than let them vanish. */
    private static String lapsed(int revoked) {
        return revoked == 0 ? "" : revoked == 1 ? " The invitation they had sent, still pending, is revoked."
                : " The " + revoked + " invitations they had sent, still pending, are revoked.";
    }

    private String editRolesPage(Caller caller, Member member, RoleChoice choice, FormErrors errors, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("current", words.namer(caller.organization(), List.of(member.roleAssignments()))
                .apply(member.roleAssignments()));
        model.addAttribute("roles", choice);
        model.addAttribute("clusterOptions", ClusterOptions.of(clusters, caller));
        model.addAttribute("errors", errors);
        model.addAttribute("ownerRole", Role.ORGANIZATION_OWNER.label());
        return "console/edit-roles";
    }

    private static UserId user(String text) {
        return UserId.parse(text).orElseThrow(MembershipNotFound::new);
    }
}
