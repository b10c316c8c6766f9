package io.gatehouse.web;

import io.gatehouse.shared.DomainException;

/** No agent token, or one that is malformed, unknown or was rotated. */
public class InvalidAgentToken extends DomainException {

    public InvalidAgentToken() {
        super(Kind.UNAUTHENTICATED, "auth.invalid_agent_token",
                "Send Authorization: Bearer <agent token> with the cluster's current agent token");
    }
}
