package io.gatehouse.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first organization and its owner, created at start-up when set (like Keycloak's bootstrap admin). */
@ConfigurationProperties("gatehouse.bootstrap")
record BootstrapSettings(@Nullable String organization, @Nullable String ownerEmail, @Nullable String ownerPassword) {

    boolean isSet() {
        return organization != null && !organization.isBlank() && ownerEmail != null && !ownerEmail.isBlank()
                && ownerPassword != null && !ownerPassword.isBlank();
    }
}
