package io.gatehouse.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three roles of the seed. {@code apiId} is the Elastic Cloud API's name for the role: the seed's
 * "Organization owner" is {@code organization-admin} there.
 */
public enum Role {

    ORGANIZATION_OWNER("organization-owner", "organization-admin", "Organization owner"),
    CLUSTER_ADMIN("connected-cluster-admin", "cloud-connected-admin", "Admin"),
    CLUSTER_VIEWER("connected-cluster-viewer", "cloud-connected-viewer", "Viewer");

    private final String id;
    private final String apiId;
    private final String label;

    Role(String id, String apiId, String label) {
        this.id = id;
        this.apiId = apiId;
        this.label = label;
    }

    /** The name stored in the database. */
    public String id() {
        return id;
    }

    public String apiId() {
        return apiId;
    }

    public String label() {
        return label;
    }

    public boolean isClusterRole() {
        return this != ORGANIZATION_OWNER;
    }

    public static Role fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown role in database: " + id));
    }

    public static Optional<Role> fromApiId(String apiId) {
        return Arrays.stream(values()).filter(r -> r.apiId.equals(apiId)).findFirst();
    }
}
