package io.gatehouse.api;

import io.gatehouse.shared.DomainException;

/** No agent token, or one that is malformed, unknown or was rotated. */
class InvalidAgentToken extends DomainException {

    InvalidAgentToken() {
        super(Kind.UNAUTHENTICATED, "auth.invalid_agent_token",
                "Send Authorization: Bearer <agent token> with the cluster's current agent token");
    }
}
