package io.gatehouse.access;

import java.util.List;

/** An answer that explains itself: allowed or not, which grants allowed it, and why in words. */
public record Decision(boolean allowed, List<RoleGrant> grantedBy, String reason) {

    public Decision {
        grantedBy = List.copyOf(grantedBy);
    }

    static Decision deny(String reason) {
        return new Decision(false, List.of(), reason);
    }
}
