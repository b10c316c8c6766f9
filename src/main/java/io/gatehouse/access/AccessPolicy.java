package io.gatehouse.access;

import java.util.Collection;
import java.util.List;

import io.gatehouse.shared.ClusterId;
import org.jspecify.annotations.Nullable;

/**
 * The permission table of SPEC §2 as a pure function of a member's grants. No I/O, no Spring: the table is tested
 * row by row from {@code permission-matrix.csv}.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * Decides for a member of the organization. {@code cluster} is required for cluster permissions and ignored for
     * organization permissions.
     */
    public static Decision decide(Collection<RoleGrant> grants, Permission permission, @Nullable ClusterId cluster) {
        if (permission.target() == Permission.Target.CLUSTER && cluster == null) {
            throw new IllegalArgumentException(permission + " is decided per cluster");
        }
        if (permission == Permission.MEMBER_SELF_SERVICE) {
            return new Decision(true, List.of(), "every member of the organization may");
        }
        List<RoleGrant> granting = grants.stream().filter(g -> allows(g, permission, cluster)).toList();
        if (!granting.isEmpty()) {
            return new Decision(true, granting, "granted by " + granting.get(0));
        }
        String on = permission.target() == Permission.Target.CLUSTER ? " on cluster " + cluster : "";
        return Decision.deny(grants.isEmpty() ? "the member holds no role" + on
                : "no role of the member grants " + permission.apiName() + on);
    }

    static boolean allows(RoleGrant grant, Permission permission, @Nullable ClusterId cluster) {
        Role role = grant.role();
        if (role == Role.ORGANIZATION_OWNER) {
            return true;
        }
        boolean onAll = grant.scope().isAll();
        if (permission.target() == Permission.Target.CLUSTER && !grant.scope().covers(cluster)) {
            return false;
        }
        return switch (permission) {
            case VIEW_CLUSTER, VIEW_EVENTS, VIEW_METRICS -> true;
            case EDIT_CUSTOMIZATIONS, DISCONNECT_CLUSTER, EDIT_NOTIFICATIONS -> role == Role.CLUSTER_ADMIN && onAll;
            case ROTATE_AGENT_TOKEN, CONNECT_CLUSTER, VIEW_NOTIFICATIONS -> role == Role.CLUSTER_ADMIN;
            case MANAGE_MEMBERS, READ_MEMBERS, READ_AUDIT, RENAME_ORGANIZATION -> false;
            case MEMBER_SELF_SERVICE -> true;
        };
    }
}
