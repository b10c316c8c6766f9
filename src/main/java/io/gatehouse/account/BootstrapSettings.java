package io.gatehouse.account;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first organization and its owner, created at start-up when set (like Keycloak's bootstrap admin), and the
 * clusters it starts with, connected (pending) by that owner.
 */
@ConfigurationProperties("gatehouse.bootstrap")
record BootstrapSettings(@Nullable String organization, @Nullable String ownerEmail, @Nullable String ownerPassword,
        @Nullable List<String> clusters) {

    List<String> clusterNames() {
        return clusters == null ? List.of() : clusters.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    boolean isSet() {
        return organization != null && !organization.isBlank() && ownerEmail != null && !ownerEmail.isBlank()
                && ownerPassword != null && !ownerPassword.isBlank();
    }
}
