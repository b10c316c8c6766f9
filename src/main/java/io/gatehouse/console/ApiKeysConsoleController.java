package io.gatehouse.console;

import java.util.Set;
import java.util.UUID;

import io.gatehouse.apikey.ApiKey;
import io.gatehouse.apikey.ApiKeyNotFound;
import io.gatehouse.apikey.ApiKeyService;
import io.gatehouse.apikey.CreatedApiKey;
import io.gatehouse.shared.DomainException;
import io.gatehouse.shared.GatehouseSettings;
import io.gatehouse.web.Caller;
import io.gatehouse.web.SignedIn;
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
 * <b>API keys</b>: the caller's own keys for the HTTP API. A new key is shown once, in the response that creates it;
 * revoking one stops it at once.
 */
@Controller
class ApiKeysConsoleController {

    private static final String DEFAULT_EXPIRATION = "90d";
    private static final Set<String> FIELDS = Set.of("description", "expiration");

    private final ApiKeyService keys;
    private final GatehouseSettings settings;

    ApiKeysConsoleController(ApiKeyService keys, GatehouseSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @SignedIn
    @GetMapping("/account/api-keys")
    String list(Caller caller, Model model) {
        return page(caller, "", DEFAULT_EXPIRATION, FormErrors.none(), model);
    }

    @SignedIn
    @PostMapping("/account/api-keys")
    String create(Caller caller, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = DEFAULT_EXPIRATION) String expiration, Model model,
            HttpServletResponse response) {
        CreatedApiKey created;
        try {
            created = keys.create(caller.user(), description, expiration);
        } catch (DomainException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(caller, description, expiration,
                    FormErrors.of(refused.problems(), p -> Forms.fieldAmong(p, FIELDS)), model);
        }
        // Rendered, not redirected: the key exists only in this response and is never shown again. The page takes
        // the address of the keys page (console.js), so that reloading it does not create a second key.
        model.addAttribute("apiKey", created.apiKey());
        model.addAttribute("key", created.key());
        model.addAttribute("example",
                "curl -H \"Authorization: ApiKey " + created.key() + "\" " + settings.link("/api/v1/user"));
        return "console/api-key-created";
    }

    @SignedIn
    @PostMapping("/account/api-keys/{api_key_id}/revoke")
    String revoke(Caller caller, @PathVariable("api_key_id") String keyId, RedirectAttributes redirect) {
        UUID id = id(keyId);
        ApiKey revoked = keys.revoke(caller.id(), id);
        redirect.addFlashAttribute("notice", "Revoked the key “" + revoked.description() + "”.");
        return "redirect:/account/api-keys";
    }

    private String page(Caller caller, String description, String expiration, FormErrors errors, Model model) {
        model.addAttribute("keys", keys.of(caller.id()));
        model.addAttribute("description", description);
        model.addAttribute("expiration", expiration);
        model.addAttribute("errors", errors);
        return "console/api-keys";
    }

    /** A malformed id names no key: not found, like an unknown one. */
    private static UUID id(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiKeyNotFound();
        }
    }
}
