package io.gatehouse.cluster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the cluster runs: Elastic Cloud Enterprise, Elastic Cloud on Kubernetes, or self-managed. */
public enum ClusterKind {
    SELF_MANAGED, ECE, ECK;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClusterKind> fromApiName(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName().equals(name)).findFirst();
    }
}
