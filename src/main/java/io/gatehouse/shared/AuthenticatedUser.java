package io.gatehouse.shared;

/** The principal of an authenticated request: who acts, whatever the credential (bearer token, API key, session). */
public record AuthenticatedUser(UserId id, String email) {
}
