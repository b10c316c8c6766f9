/** Accounts: sign-up with email verification, sign-in with bearer tokens, password reset, bootstrap owner. */
@NullMarked
package io.gatehouse.account;

import org.jspecify.annotations.NullMarked;
