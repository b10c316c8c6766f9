package io.gatehouse.console;

import io.gatehouse.access.Permission;
import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Organization → <b>Audit log</b>: every change, newest first, for owners. */
@Controller
class AuditConsoleController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditConsoleController(AuditTrail audit) {
        this.audit = audit;
    }

    @RequiresPermission(Permission.READ_AUDIT)
    @GetMapping("/organization/audit")
    String auditLog(Caller caller, @RequestParam(required = false) @Nullable String cursor, Model model) {
        Page<AuditEntry> page = audit.entries(caller.organization(), PageRequest.of(PAGE_SIZE, cursor));
        model.addAttribute("entries", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        return "console/audit";
    }
}
