package io.gatehouse.web;

import io.gatehouse.shared.DomainException;

public class NotSignedIn extends DomainException {

    public NotSignedIn() {
        super(Kind.UNAUTHENTICATED, "auth.unauthenticated",
                "Sign in first: send Authorization: Bearer <token> or ApiKey <key>");
    }
}
