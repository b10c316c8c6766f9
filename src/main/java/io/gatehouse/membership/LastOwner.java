package io.gatehouse.membership;

import io.gatehouse.shared.Conflict;

/** The change would leave the organization without an owner. */
public class LastOwner extends Conflict {

    public LastOwner() {
        super("organization.last_owner", "An organization must keep at least one owner: make another member an owner"
                + " first");
    }
}
