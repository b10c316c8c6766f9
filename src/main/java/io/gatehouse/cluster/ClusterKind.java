package io.gatehouse.cluster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the cluster runs: Elastic Cloud Enterprise, Elastic Cloud on Kubernetes, or self-managed. */
public enum ClusterKind {
    SELF_MANAGED("Self-managed"), ECE("ECE"), ECK("ECK");

    private final String label;

    ClusterKind(String label) {
        this.label = label;
    }

    /** How people read it (the console); the API uses {@link #apiName()}. */
    public String label() {
        return label;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClusterKind> fromApiName(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName().equals(name)).findFirst();
    }
}
