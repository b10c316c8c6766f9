package io.gatehouse.console;

import java.util.List;

import io.gatehouse.access.Permission;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.monitoring.CustomizationService;
import io.gatehouse.shared.DomainException;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cluster's <b>Customizations</b>: which rules run and at which thresholds, for owners and admins on all clusters.
 * The next report is evaluated with what was saved.
 */
@Controller
class CustomizationsConsoleController {

    private final ClusterService clusters;
    private final CustomizationService customizations;

    CustomizationsConsoleController(ClusterService clusters, CustomizationService customizations) {
        this.clusters = clusters;
        this.customizations = customizations;
    }

    @RequiresPermission(Permission.EDIT_CUSTOMIZATIONS)
    @GetMapping("/clusters/{cluster_id}/customizations")
    String form(Caller caller, Model model) {
        var saved = customizations.get(caller.organization(), caller.cluster());
        return page(caller, CustomizationForm.of(saved), FormErrors.none(), model);
    }

    /** The whole form is validated before anything is stored (a CPU threshold of 140 % saves nothing). */
    @RequiresPermission(Permission.EDIT_CUSTOMIZATIONS)
    @PostMapping("/clusters/{cluster_id}/customizations")
    String save(Caller caller, @RequestParam MultiValueMap<String, String> fields, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CustomizationForm form = CustomizationForm.from(fields);
        try {
            customizations.replace(caller.organization(), caller.cluster(), form.requested());
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(caller, form, FormErrors.of(refused.problems(), CustomizationForm::fieldOf), model);
        }
        redirect.addFlashAttribute("notice", "Saved. The next report is evaluated with these settings.");
        return "redirect:/clusters/" + caller.cluster() + "/customizations";
    }

    @RequiresPermission(Permission.EDIT_CUSTOMIZATIONS)
    @PostMapping("/clusters/{cluster_id}/customizations/reset")
    String reset(Caller caller, RedirectAttributes redirect) {
        customizations.replace(caller.organization(), caller.cluster(), List.of());
        redirect.addFlashAttribute("notice", "Every rule is back at its defaults.");
        return "redirect:/clusters/" + caller.cluster() + "/customizations";
    }

    private String page(Caller caller, CustomizationForm form, FormErrors errors, Model model) {
        model.addAttribute("view", ClusterView.of(caller, clusters.get(caller.organization(), caller.cluster())));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "console/customizations";
    }
}
