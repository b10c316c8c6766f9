package io.gatehouse.api;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.access.Permission;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.web.SignedIn;
import io.gatehouse.web.Anonymous;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.invitation.InvitationAcceptance;
import io.gatehouse.invitation.InvitationNotFound;
import io.gatehouse.invitation.InvitationService;
import io.gatehouse.invitation.InvitationStatus;
import io.gatehouse.invitation.InvitationView;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invitations: owners invite, list, resend and revoke; invitees read and accept their link. */
@RestController
@RequestMapping("/api/v1/organizations")
class InvitationApiController {

    /**
     * {@code emails} is a list (each entry may hold several addresses separated by spaces, commas or newlines) or
     * one such string.
     */
    record InviteRequest(@Nullable Object emails, @Nullable String expiresIn,
            @Nullable RoleAssignmentsJson roleAssignments) {

        List<String> addresses() {
            if (emails instanceof String text) {
                return List.of(text);
            }
            if (emails instanceof List<?> list) {
                return list.stream().map(e -> e == null ? "" : String.valueOf(e)).toList();
            }
            return List.of();
        }
    }

    record Created(List<InvitationJson> invitations) {
    }

    private final InvitationService invitations;
    private final InvitationAcceptance acceptance;
    private final ClusterService clusters;
    private final Clock clock;

    InvitationApiController(InvitationService invitations, InvitationAcceptance acceptance, ClusterService clusters,
            Clock clock) {
        this.invitations = invitations;
        this.acceptance = acceptance;
        this.clusters = clusters;
        this.clock = clock;
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @PostMapping("/{organization_id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    Created invite(Caller caller, @RequestBody InviteRequest request) {
        var roles = request.roleAssignments() == null ? RoleAssignmentsJson.Parsed.missing("role_assignments")
                : request.roleAssignments().toAssignments(caller.organization(), "role_assignments",
                        ids -> clusters.unknown(caller.organization(), ids));
        List<InvitationView> sent = invitations.invite(caller.organization(), caller.user(), request.addresses(),
                request.expiresIn(), roles.assignments(), roles.problems());
        return new Created(sent.stream().map(v -> InvitationJson.of(v, clock.instant())).toList());
    }

    @RequiresPermission(Permission.READ_MEMBERS)
    @GetMapping("/{organization_id}/invitations")
    InvitationJson.Listing list(Caller caller, @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String cursor) {
        InvitationStatus filter = status == null ? null : InvitationStatus.fromApiName(status).orElseThrow(
                () -> new InvalidRequest("request.invalid_parameter",
                        "status is one of pending, expired, accepted, revoked", "status"));
        Page<InvitationView> page = invitations.list(caller.organization(), filter, PageRequest.of(size, cursor));
        return new InvitationJson.Listing(page.items().stream().map(v -> InvitationJson.of(v, clock.instant())).toList(),
                page.nextCursor());
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @PostMapping("/{organization_id}/invitations/{invitation_id}/_resend")
    @ResponseStatus(HttpStatus.CREATED)
    InvitationJson resend(Caller caller, @PathVariable("invitation_id") String invitationId) {
        return InvitationJson.of(invitations.resend(caller.organization(), id(invitationId), caller.user()),
                clock.instant());
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @DeleteMapping("/{organization_id}/invitations/{invitation_ids}")
    Map<String, Object> revoke(Caller caller, @PathVariable("invitation_ids") String invitationIds) {
        List<UUID> ids = Arrays.stream(invitationIds.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(InvitationApiController::id).toList();
        if (ids.isEmpty()) {
            throw new InvitationNotFound();
        }
        invitations.revoke(caller.organization(), ids);
        return Map.of();
    }

    /** The invitee's view of their link: no sign-in needed, the secret is the credential. */
    @Anonymous
    @GetMapping("/invitations/{invitation_token}")
    InvitationJson view(@PathVariable("invitation_token") String token) {
        return InvitationJson.of(acceptance.view(token), clock.instant());
    }

    @SignedIn
    @PostMapping("/invitations/{invitation_token}/_accept")
    Map<String, Object> accept(Caller caller, @PathVariable("invitation_token") String token) {
        acceptance.accept(token, caller.user());
        return Map.of();
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvitationNotFound();
        }
    }
}
