package io.gatehouse.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * What one node reported in one round. Gauges are percentages of a whole; counters ({@code indexTotal},
 * {@code queryTotal}) only grow while the node runs, so rates come from the difference to the previous sample.
 */
public record NodeStats(String id, String name, @Nullable Double cpuPercent, @Nullable Double heapPercent,
        @Nullable Double diskPercent, @Nullable Double load1m, @Nullable Long docsCount, @Nullable Long indexTotal,
        @Nullable Long queryTotal) {
}
