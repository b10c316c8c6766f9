package io.gatehouse.console;

import io.gatehouse.access.Permission;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the header of every signed-in page shows: who is signed in, their organization, and the menu entries their
 * roles allow (an owner sees <b>Organization</b>, owners and admins <b>Notification preferences</b>). Anonymous pages get no navigation. Also the time formatter.
 */
@ControllerAdvice(basePackageClasses = Navigation.class)
class Navigation {

    /** The menu of one request. */
    record Menu(String email, @Nullable String organizationName, boolean owner, boolean mayConnect,
            boolean notifications) {

        public boolean member() {
            return organizationName != null;
        }
    }

    private final OrganizationService organizations;
    private final Times times;

    Navigation(OrganizationService organizations, Times times) {
        this.organizations = organizations;
        this.times = times;
    }

    /** Every page formats times the same way (templates may not reach beans directly). */
    @ModelAttribute("times")
    Times times() {
        return times;
    }

    @ModelAttribute("menu")
    @Nullable Menu menu(HttpServletRequest request) {
        // The interceptor leaves the Caller it authorized on the request; anonymous handlers have none.
        if (!(request.getAttribute(Caller.class.getName()) instanceof Caller caller)) {
            return null;
        }
        var organization = caller.access().organizationId();
        return new Menu(caller.user().email(), organization.map(id -> organizations.get(id).name()).orElse(null),
                caller.access().decide(Permission.MANAGE_MEMBERS, null).allowed(),
                caller.access().decide(Permission.CONNECT_CLUSTER, null).allowed(),
                caller.access().decide(Permission.VIEW_NOTIFICATIONS, null).allowed());
    }
}
