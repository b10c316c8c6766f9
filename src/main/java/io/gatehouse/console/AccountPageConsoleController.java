package io.gatehouse.console;

import java.util.List;

import io.gatehouse.access.Permission;
import io.gatehouse.access.Role;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.shared.DomainException;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.web.SignedIn;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own page: who they are, their roles, and <b>Leave organization</b>. */
@Controller
class AccountPageConsoleController {

    private final RolesInWords words;
    private final MembershipService memberships;

    AccountPageConsoleController(RolesInWords words, MembershipService memberships) {
        this.words = words;
        this.memberships = memberships;
    }

    @SignedIn
    @GetMapping("/account")
    String account(Caller caller, Model model) {
        return page(caller, FormErrors.none(), model);
    }

    /** Any member may leave; the last owner may not (unless alone with no clusters: that deletes the organization). */
    @RequiresPermission(Permission.MEMBER_SELF_SERVICE)
    @PostMapping("/organization/leave")
    String leave(Caller caller, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        boolean owner = caller.access().grants().stream().anyMatch(g -> g.role() == Role.ORGANIZATION_OWNER);
        try {
            memberships.remove(caller.organization(), caller.id(), owner, List.of(caller.id()));
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(caller, FormErrors.of(refused.problems(), p -> "leave"), model);
        }
        redirect.addFlashAttribute("notice", "You left the organization.");
        return "redirect:/";
    }

    private String page(Caller caller, FormErrors errors, Model model) {
        var assignments = caller.access().assignments();
        model.addAttribute("roles", caller.access().organizationId()
                .map(org -> words.namer(org, List.of(assignments)).apply(assignments)).orElse(List.of()));
        model.addAttribute("errors", errors);
        return "console/account";
    }
}
