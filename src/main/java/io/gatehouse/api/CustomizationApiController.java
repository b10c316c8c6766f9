package io.gatehouse.api;

import java.util.List;
import java.util.Map;

import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.access.Permission;
import io.gatehouse.monitoring.CustomizationService;
import io.gatehouse.monitoring.Customizations;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cloud-connected/clusters/{cluster_id}/customizations")
class CustomizationApiController {

    record EventSettingJson(String type, boolean enabled, Map<String, Double> thresholds) {
    }

    record CustomizationsJson(List<EventSettingJson> eventSettings) {

        static CustomizationsJson of(Customizations customizations) {
            return new CustomizationsJson(customizations.all().stream()
                    .map(s -> new EventSettingJson(s.type().apiName(), s.enabled(), s.thresholds())).toList());
        }
    }

    record CustomizationsRequest(@Nullable List<Customizations.Requested> eventSettings) {
    }

    private final CustomizationService customizations;

    CustomizationApiController(CustomizationService customizations) {
        this.customizations = customizations;
    }

    @RequiresPermission(Permission.VIEW_CLUSTER)
    @GetMapping
    CustomizationsJson get(Caller caller) {
        return CustomizationsJson.of(customizations.get(caller.organization(), caller.cluster()));
    }

    @RequiresPermission(Permission.EDIT_CUSTOMIZATIONS)
    @PutMapping
    CustomizationsJson replace(Caller caller, @RequestBody CustomizationsRequest request) {
        return CustomizationsJson.of(customizations.replace(caller.organization(), caller.cluster(),
                request.eventSettings()));
    }
}
