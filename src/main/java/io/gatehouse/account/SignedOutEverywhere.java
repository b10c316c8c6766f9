package io.gatehouse.account;

import io.gatehouse.shared.UserId;

/** The user's password changed: every way they were signed in ends (bearer tokens at once, console sessions too). */
public record SignedOutEverywhere(UserId user) {
}
