package io.gatehouse.api;

import java.util.List;

import io.gatehouse.access.Permission;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.web.SignedIn;
import io.gatehouse.organization.Organization;
import io.gatehouse.organization.OrganizationService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApiController {

    record OrganizationJson(String id, String name) {
        static OrganizationJson of(Organization organization) {
            return new OrganizationJson(organization.id().toString(), organization.name());
        }
    }

    record OrganizationList(List<OrganizationJson> organizations) {
    }

    record OrganizationRequest(@Nullable String name) {
    }

    private final OrganizationService organizations;

    OrganizationApiController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** The caller's organization, as a list (Elastic's shape); empty for a user who belongs to none. */
    @SignedIn
    @GetMapping
    OrganizationList list(Caller caller) {
        return new OrganizationList(caller.access().organizationId().map(organizations::get).map(OrganizationJson::of)
                .stream().toList());
    }

    @RequiresPermission(Permission.MEMBER_SELF_SERVICE)
    @GetMapping("/{organization_id}")
    OrganizationJson get(Caller caller) {
        return OrganizationJson.of(organizations.get(caller.organization()));
    }

    @RequiresPermission(Permission.RENAME_ORGANIZATION)
    @PutMapping("/{organization_id}")
    OrganizationJson rename(Caller caller, @RequestBody OrganizationRequest request) {
        return OrganizationJson.of(organizations.rename(caller.organization(), request.name() == null ? "" : request.name()));
    }
}
