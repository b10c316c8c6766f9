package io.gatehouse.account;

import io.gatehouse.shared.Forbidden;

public class SignupDisabled extends Forbidden {

    public SignupDisabled() {
        super("auth.signup_disabled", "Sign-up is turned off here; ask an organization owner for an invitation");
    }
}
