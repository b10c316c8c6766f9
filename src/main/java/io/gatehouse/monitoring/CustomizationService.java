package io.gatehouse.monitoring;

import java.util.List;
import java.util.stream.Collectors;

import io.gatehouse.audit.AuditTrail;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cluster's rule customizations. The next report is evaluated with what was saved last. */
@Service
public class CustomizationService {

    private final EventSettingsRepository settings;
    private final AuditTrail audit;

    CustomizationService(EventSettingsRepository settings, AuditTrail audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** Every rule, customized or at its defaults. */
    @Transactional(readOnly = true)
    public Customizations get(OrganizationId org, ClusterId cluster) {
        return settings.load(org, cluster);
    }

    /** Validates the whole request first (400 with one problem per mistake), then replaces and audits. */
    @Transactional
    public Customizations replace(OrganizationId org, ClusterId cluster,
            @Nullable List<Customizations.Requested> requested) {
        Customizations customizations = Customizations.validate(requested);
        settings.replace(org, cluster, customizations);
        audit.record(org, "cluster.customizations_changed", "cluster:" + cluster, describe(customizations));
        return customizations;
    }

    private static String describe(Customizations customizations) {
        return customizations.all().stream()
                .filter(s -> !s.equals(RuleSetting.defaults(s.type())))
                .map(s -> s.type().apiName() + (s.enabled() ? "" : " disabled") + " " + s.thresholds())
                .collect(Collectors.joining("; ", "", ""))
                .transform(text -> text.isEmpty() ? "all rules at their defaults" : text);
    }
}
