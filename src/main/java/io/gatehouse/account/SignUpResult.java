package io.gatehouse.account;

import io.gatehouse.shared.UserId;

/** What sign-up answers. Without an invitation it is the same whether or not the address had an account. */
public record SignUpResult(UserId userId, String email, boolean verified) {
}
