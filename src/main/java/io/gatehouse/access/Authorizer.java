package io.gatehouse.access;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single decision point. Loads a user's access snapshot in one query and decides with {@link AccessPolicy}.
 * Web adapters call it once per request, before any handler runs.
 */
@Service
public class Authorizer {

    private final RoleGrantRepository grants;

    Authorizer(RoleGrantRepository grants) {
        this.grants = grants;
    }

    @Transactional(readOnly = true)
    public AccessSnapshot snapshotOf(UserId user) {
        return grants.snapshot(user);
    }

    public Decision check(AccessSnapshot who, Permission permission, @Nullable ClusterId cluster) {
        return who.decide(permission, cluster);
    }
}
