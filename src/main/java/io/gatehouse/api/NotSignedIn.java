package io.gatehouse.api;

import io.gatehouse.shared.DomainException;

class NotSignedIn extends DomainException {

    NotSignedIn() {
        super(Kind.UNAUTHENTICATED, "auth.unauthenticated",
                "Sign in first: send Authorization: Bearer <token> or ApiKey <key>");
    }
}
