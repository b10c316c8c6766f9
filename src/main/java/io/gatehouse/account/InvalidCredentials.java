package io.gatehouse.account;

import io.gatehouse.shared.DomainException;

public class InvalidCredentials extends DomainException {

    public InvalidCredentials() {
        super(Kind.UNAUTHENTICATED, "auth.invalid_credentials", "The email address or password is wrong");
    }
}
