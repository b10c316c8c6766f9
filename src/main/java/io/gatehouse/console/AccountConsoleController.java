package io.gatehouse.console;

import java.util.Set;

import io.gatehouse.account.AccountService;
import io.gatehouse.account.PasswordResetService;
import io.gatehouse.shared.DomainException;
import io.gatehouse.shared.GatehouseSettings;
import io.gatehouse.web.Anonymous;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-up, email verification and password reset. Emailed links open a page with a button: following a link
 * (which mail scanners do) changes nothing until the person clicks.
 */
@Controller
class AccountConsoleController {

    private static final Set<String> SIGN_UP_FIELDS = Set.of("name", "email", "password", "organization");

    private final AccountService accounts;
    private final PasswordResetService resets;
    private final GatehouseSettings settings;

    AccountConsoleController(AccountService accounts, PasswordResetService resets, GatehouseSettings settings) {
        this.accounts = accounts;
        this.resets = resets;
        this.settings = settings;
    }

    @Anonymous
    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("form", new SignUpForm("", "", ""));
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("enabled", settings.signupEnabled());
        return "console/signup";
    }

    record SignUpForm(@Nullable String name, @Nullable String email, @Nullable String organization) {
    }

    @Anonymous
    @PostMapping("/signup")
    String signUp(SignUpForm form, @RequestParam(defaultValue = "") String password, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.signUp(form.email() == null ? "" : form.email(), password, form.name() == null ? "" : form.name(),
                    form.organization(), null, request.getRemoteAddr());
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(refused.problems(), p -> p.fields().contains("organization_name")
                    ? "organization" : Forms.fieldAmong(p, SIGN_UP_FIELDS)));
            model.addAttribute("enabled", settings.signupEnabled());
            return "console/signup";
        }
        model.addAttribute("email", form.email());
        return "console/signup-sent";
    }

    @Anonymous
    @GetMapping("/verify")
    String verifyForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.none());
        return "console/verify";
    }

    @Anonymous
    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        try {
            accounts.verify(token);
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("token", token);
            model.addAttribute("errors", FormErrors.of(refused.problems(), p -> null));
            return "console/verify";
        }
        return "redirect:/login?verified";
    }

    @Anonymous
    @GetMapping(path = "/reset-password", params = "!token")
    String resetRequestForm(Model model) {
        model.addAttribute("sent", false);
        return "console/reset-request";
    }

    @Anonymous
    @PostMapping(path = "/reset-password", params = "!token")
    String requestReset(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request) {
        resets.requestPasswordReset(email, request.getRemoteAddr());
        model.addAttribute("sent", true);
        model.addAttribute("email", email);
        return "console/reset-request";
    }

    @Anonymous
    @GetMapping(path = "/reset-password", params = "token")
    String newPasswordForm(@RequestParam String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.none());
        return "console/reset-password";
    }

    @Anonymous
    @PostMapping(path = "/reset-password", params = "token")
    String setPassword(@RequestParam String token, @RequestParam(defaultValue = "") String password, Model model,
            HttpServletResponse response) {
        try {
            resets.setPassword(token, password);
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("token", token);
            model.addAttribute("errors", FormErrors.of(refused.problems(), p -> Forms.fieldAmong(p, Set.of("password"))));
            return "console/reset-password";
        }
        return "redirect:/login?reset";
    }
}
