package io.gatehouse.console;

import io.gatehouse.cluster.ClusterService;
import io.gatehouse.cluster.ConnectedCluster;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.web.Caller;
import io.gatehouse.web.SignedIn;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Home: the connected clusters the user may see (seed step 2), or what to do when there are none. */
@Controller
class HomeConsoleController {

    static final int PAGE_SIZE = 25;

    private final ClusterService clusters;

    HomeConsoleController(ClusterService clusters) {
        this.clusters = clusters;
    }

    /** Any signed-in user: one without an organization is told how to get one instead of being refused. */
    @SignedIn
    @GetMapping("/")
    String home(Caller caller, @RequestParam(required = false) @Nullable String cursor, Model model) {
        var organization = caller.access().organizationId();
        Page<ConnectedCluster> page = organization
                .map(org -> clusters.visibleTo(caller.access(), org, PageRequest.of(PAGE_SIZE, cursor)))
                .orElse(new Page<>(java.util.List.of(), null));
        model.addAttribute("clusters", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        return "console/home";
    }
}
