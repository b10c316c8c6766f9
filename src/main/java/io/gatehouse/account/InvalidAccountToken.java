package io.gatehouse.account;

import io.gatehouse.shared.InvalidRequest;

/** The emailed link is unknown, used, or expired. One answer for all three, so it reveals nothing. */
public class InvalidAccountToken extends InvalidRequest {

    public InvalidAccountToken() {
        super("auth.invalid_token", "This link is invalid or has expired; ask for a new one", "token");
    }
}
