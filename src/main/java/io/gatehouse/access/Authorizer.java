package io.gatehouse.access;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The single decision point. Finds a user's access snapshot (cached; one query when not) and decides with
 * {@link AccessPolicy}. Web adapters call it once per request, before any handler runs.
 */
@Service
public class Authorizer {

    private final RoleGrantRepository grants;
    private final AccessSnapshotCache snapshots;

    Authorizer(RoleGrantRepository grants, AccessSnapshotCache snapshots) {
        this.grants = grants;
        this.snapshots = snapshots;
    }

    public AccessSnapshot snapshotOf(UserId user) {
        return snapshots.get(user, () -> grants.snapshot(user));
    }

    public Decision check(AccessSnapshot who, Permission permission, @Nullable ClusterId cluster) {
        return who.decide(permission, cluster);
    }
}
