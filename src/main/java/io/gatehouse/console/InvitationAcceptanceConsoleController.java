package io.gatehouse.console;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gatehouse.access.RoleAssignment;
import io.gatehouse.account.AccountService;
import io.gatehouse.account.SignUpResult;
import io.gatehouse.account.User;
import io.gatehouse.invitation.Invitation;
import io.gatehouse.invitation.InvitationAcceptance;
import io.gatehouse.invitation.InvitationStatus;
import io.gatehouse.invitation.InvitationView;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.DomainException;
import io.gatehouse.web.Anonymous;
import io.gatehouse.web.Caller;
import io.gatehouse.web.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invitation link {@code /invitations/{secret}}: what it offers, and accepting it. Someone new sets a name and
 * a password (the link proves the address); someone with an account logs in first. Closed links say why.
 */
@Controller
class InvitationAcceptanceConsoleController {

    private final InvitationAcceptance acceptance;
    private final AccountService accounts;
    private final ConsoleSessionContext sessions;
    private final RolesInWords words;
    private final java.time.Clock clock;

    InvitationAcceptanceConsoleController(InvitationAcceptance acceptance, AccountService accounts,
            ConsoleSessionContext sessions, RolesInWords words, java.time.Clock clock) {
        this.acceptance = acceptance;
        this.accounts = accounts;
        this.sessions = sessions;
        this.words = words;
        this.clock = clock;
    }

    @Anonymous
    @GetMapping("/invitations/{secret}")
    String invitation(@PathVariable String secret, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return page(secret, "", FormErrors.none(), request, response, model);
    }

    /** A signed-in user accepts with the account they are signed in with. */
    @SignedIn
    @PostMapping("/invitations/{secret}/accept")
    String accept(Caller caller, @PathVariable String secret, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        InvitationView accepted;
        try {
            accepted = acceptance.accept(secret, caller.user());
        } catch (DomainException refused) {
            return page(secret, "", FormErrors.of(refused.problems(), p -> null), request, response, model);
        }
        redirect.addFlashAttribute("notice", "Welcome to " + accepted.organizationName() + ".");
        return "redirect:/";
    }

    /** Someone new: the account is created verified, joins with the roles offered, and is signed in. */
    @Anonymous
    @PostMapping("/invitations/{secret}/signup")
    String signUpAndAccept(@PathVariable String secret, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        InvitationView accepted;
        try {
            String invited = acceptance.view(secret).invitation().email().value();
            SignUpResult account = accounts.signUp(invited, password, name, null, secret, request.getRemoteAddr());
            AuthenticatedUser user = new AuthenticatedUser(account.userId(), account.email());
            accepted = acceptance.accept(secret, user);
            sessions.signIn(user, request, response);
        } catch (DomainException refused) {
            return page(secret, name, FormErrors.of(refused.problems(), p -> Forms.fieldAmong(p, Set.of("name", "password"))),
                    request, response, model);
        }
        redirect.addFlashAttribute("notice", "Welcome to " + accepted.organizationName() + ".");
        return "redirect:/";
    }

    private String page(String secret, String name, FormErrors errors, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        InvitationView view;
        try {
            view = acceptance.view(secret);
        } catch (DomainException notFound) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("closed", "This invitation does not exist or was revoked. "
                    + "Ask an owner of the organization to invite you again.");
            return "console/invitation";
        }
        Invitation invitation = view.invitation();
        InvitationStatus status = invitation.status(clock.instant());
        model.addAttribute("view", view);
        model.addAttribute("secret", secret);
        List<RoleAssignment> offered = invitation.roleAssignments();
        model.addAttribute("roles", words.namer(invitation.organization(), List.of(offered)).apply(offered));
        if (status == InvitationStatus.EXPIRED) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("closed", "This invitation has expired; ask an owner to resend it.");
            return "console/invitation";
        }
        if (status == InvitationStatus.ACCEPTED) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("closed", "This invitation has already been accepted. Log in to continue.");
            return "console/invitation";
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        Optional<AuthenticatedUser> signedIn = ConsoleSessionContext.signedIn(request);
        model.addAttribute("signedInAs", signedIn.map(AuthenticatedUser::email).orElse(null));
        model.addAttribute("matches", signedIn.map(u -> u.email().equalsIgnoreCase(invitation.email().value())).orElse(false));
        model.addAttribute("hasAccount", signedIn.isEmpty()
                && accounts.user(invitation.email()).filter(User::verified).isPresent());
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "console/invitation";
    }
}
