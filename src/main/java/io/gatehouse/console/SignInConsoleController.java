package io.gatehouse.console;

import java.net.URI;
import java.util.Set;

import io.gatehouse.account.SignInService;
import io.gatehouse.shared.DomainException;
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
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/** The console's log-in page: a session for the user, through the same rate-limited check as the API. */
@Controller
class SignInConsoleController {

    private final SignInService signIns;
    private final ConsoleSessionContext sessions;
    private final RequestCache requestCache;

    SignInConsoleController(SignInService signIns, ConsoleSessionContext sessions, RequestCache requestCache) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.requestCache = requestCache;
    }

    @Anonymous
    @GetMapping("/login")
    String form(HttpServletRequest request, Model model, @RequestParam(required = false) @Nullable String next) {
        if (ConsoleSessionContext.signedIn(request).isPresent()) {
            return "redirect:" + Forms.localPath(next);
        }
        model.addAttribute("email", "");
        model.addAttribute("next", next == null ? "" : next);
        model.addAttribute("errors", FormErrors.none());
        return "console/login";
    }

    @Anonymous
    @PostMapping("/login")
    String logIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) @Nullable String next, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        SignInService.IssuedToken signedIn;
        try {
            signedIn = signIns.signIn(email, password, request.getRemoteAddr());
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("email", email);
            model.addAttribute("next", next == null ? "" : next);
            model.addAttribute("errors", FormErrors.of(refused.problems(),
                    problem -> Forms.fieldAmong(problem, Set.of("email"))));
            return "console/login";
        }
        String target = target(next, request, response);
        sessions.signIn(signedIn.user(), request, response);
        return "redirect:" + target;
    }

    /** Where the user was going: the page named by the form, or the page that sent them here, or home. */
    private String target(@Nullable String next, HttpServletRequest request, HttpServletResponse response) {
        if (next != null && !next.isBlank()) {
            return Forms.localPath(next);
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        if (saved == null) {
            return "/";
        }
        URI url = URI.create(saved.getRedirectUrl());
        return Forms.localPath(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    }
}
