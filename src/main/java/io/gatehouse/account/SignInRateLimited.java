package io.gatehouse.account;

import io.gatehouse.shared.DomainException;

public class SignInRateLimited extends DomainException {

    public SignInRateLimited() {
        super(Kind.RATE_LIMITED, "auth.rate_limited",
                "Too many failed sign-ins; wait a few minutes or reset your password");
    }
}
