package io.gatehouse.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The actions of SPEC §2. A {@link Target#CLUSTER} permission is decided per cluster; an
 * {@link Target#ORGANIZATION} permission for the organization as a whole.
 */
public enum Permission {

    VIEW_CLUSTER(Target.CLUSTER),
    VIEW_EVENTS(Target.CLUSTER),
    VIEW_METRICS(Target.CLUSTER),
    EDIT_CUSTOMIZATIONS(Target.CLUSTER),
    DISCONNECT_CLUSTER(Target.CLUSTER),
    /** Rotate a cluster's agent token: connect rights, on a cluster the caller may view. */
    ROTATE_AGENT_TOKEN(Target.CLUSTER),

    CONNECT_CLUSTER(Target.ORGANIZATION),
    VIEW_NOTIFICATIONS(Target.ORGANIZATION),
    EDIT_NOTIFICATIONS(Target.ORGANIZATION),
    /** Invite, resend and revoke invitations, change roles, remove members. */
    MANAGE_MEMBERS(Target.ORGANIZATION),
    /** List members and invitations. */
    READ_MEMBERS(Target.ORGANIZATION),
    READ_AUDIT(Target.ORGANIZATION),
    RENAME_ORGANIZATION(Target.ORGANIZATION),
    /** See the organization and one's own roles, manage one's own API keys, leave: every member may. */
    MEMBER_SELF_SERVICE(Target.ORGANIZATION);

    public enum Target { ORGANIZATION, CLUSTER }

    private final Target target;

    Permission(Target target) {
        this.target = target;
    }

    public Target target() {
        return target;
    }

    /** The name used in the API ({@code ?action=view_events}). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Permission> fromApiName(String name) {
        return Arrays.stream(values()).filter(p -> p.apiName().equals(name)).findFirst();
    }
}
