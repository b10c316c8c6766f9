package io.gatehouse.api;

import java.util.Map;

import io.gatehouse.account.AccountService;
import io.gatehouse.account.PasswordResetService;
import io.gatehouse.web.Anonymous;
import io.gatehouse.web.Caller;
import io.gatehouse.web.SignedIn;
import io.gatehouse.account.SignInService;
import io.gatehouse.account.SignUpResult;
import io.gatehouse.account.User;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, verification, password reset, login and the current user (API.md "Accounts and keys"). */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    record SignUpRequest(@Nullable String email, @Nullable String password, @Nullable String name,
            @Nullable String organizationName, @Nullable String invitationToken) {
    }

    record TokenRequest(@Nullable String token) {
    }

    record ResetRequest(@Nullable String email) {
    }

    record SetPasswordRequest(@Nullable String token, @Nullable String password) {
    }

    record LoginRequest(@Nullable String username, @Nullable String password) {
    }

    record LoginResponse(String token, java.time.Instant expiresAt) {
    }

    record UserResponse(UserId userId, String email, String name, @Nullable OrganizationId organizationId,
            @Nullable RoleAssignmentsJson roleAssignments) {
    }

    private final AccountService accounts;
    private final PasswordResetService resets;
    private final SignInService signIns;

    AccountApiController(AccountService accounts, PasswordResetService resets, SignInService signIns) {
        this.accounts = accounts;
        this.resets = resets;
        this.signIns = signIns;
    }

    @Anonymous
    @PostMapping("/users/_signup")
    @ResponseStatus(HttpStatus.CREATED)
    SignUpResult signUp(@RequestBody SignUpRequest request, HttpServletRequest http) {
        return accounts.signUp(orEmpty(request.email()), orEmpty(request.password()), orEmpty(request.name()),
                request.organizationName(), request.invitationToken(), http.getRemoteAddr());
    }

    @Anonymous
    @PostMapping("/users/_verify")
    Map<String, Object> verify(@RequestBody TokenRequest request) {
        accounts.verify(orEmpty(request.token()));
        return Map.of();
    }

    @Anonymous
    @PostMapping("/users/_reset_password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> resetPassword(@RequestBody ResetRequest request, HttpServletRequest http) {
        resets.requestPasswordReset(orEmpty(request.email()), http.getRemoteAddr());
        return Map.of();
    }

    @Anonymous
    @PostMapping("/users/_set_password")
    Map<String, Object> setPassword(@RequestBody SetPasswordRequest request) {
        resets.setPassword(orEmpty(request.token()), orEmpty(request.password()));
        return Map.of();
    }

    @Anonymous
    @PostMapping("/users/auth/_login")
    LoginResponse login(@RequestBody LoginRequest request, HttpServletRequest http) {
        SignInService.IssuedToken issued = signIns.signIn(orEmpty(request.username()), orEmpty(request.password()),
                http.getRemoteAddr());
        return new LoginResponse(issued.token(), issued.expiresAt());
    }

    @SignedIn
    @GetMapping("/user")
    UserResponse currentUser(Caller caller) {
        User user = accounts.user(caller.id());
        OrganizationId org = caller.access().organization();
        return new UserResponse(user.id(), user.email().value(), user.name(), org,
                org == null ? null : RoleAssignmentsJson.of(org, caller.access().assignments()));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
