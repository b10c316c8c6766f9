package io.gatehouse.access;

import io.gatehouse.shared.ClusterId;
import org.jspecify.annotations.Nullable;

/**
 * Where a role applies: the whole organization or all its clusters ({@link #ALL}, stored as {@code *}; it includes
 * clusters connected later), or one selected cluster.
 */
public record Scope(@Nullable ClusterId cluster) {

    public static final Scope ALL = new Scope(null);

    public static Scope of(ClusterId cluster) {
        return new Scope(cluster);
    }

    public boolean isAll() {
        return cluster == null;
    }

    public boolean covers(ClusterId target) {
        return cluster == null || cluster.equals(target);
    }

    /** The stored form: {@code *} or the cluster's id. */
    public String key() {
        return cluster == null ? "*" : cluster.toString();
    }

    public static Scope fromKey(String stored) {
        return "*".equals(stored) ? ALL
                : new Scope(ClusterId.parse(stored).orElseThrow(() -> new IllegalStateException("bad scope " + stored)));
    }

    @Override
    public String toString() {
        return cluster == null ? "all" : "cluster:" + cluster;
    }
}
