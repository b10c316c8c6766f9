package io.gatehouse.account;

import io.gatehouse.shared.DomainException;

/** Too many sign-up or password-reset requests from one client address. */
public class AccountRequestsRateLimited extends DomainException {

    public AccountRequestsRateLimited() {
        super(Kind.RATE_LIMITED, "auth.rate_limited",
                "Too many sign-up or password reset requests from your address; try again later");
    }
}
