package io.gatehouse.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.jspecify.annotations.Nullable;

/**
 * Reports waiting to be sent, oldest first. Bounded: when full, the oldest report is dropped; reports older than
 * Gatehouse accepts ({@code maxAge}) are dropped too, since they would only be refused.
 */
class ReportBuffer {

    record Pending(Instant collectedAt, String body) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();
    private final int capacity;
    private final Duration maxAge;
    private long dropped;

    ReportBuffer(int capacity, Duration maxAge) {
        this.capacity = capacity;
        this.maxAge = maxAge;
    }

    void add(Pending report) {
        if (pending.size() >= capacity) {
            pending.removeFirst();
            dropped++;
        }
        pending.addLast(report);
    }

    /** The oldest report still worth sending at {@code now}, or null. */
    @Nullable Pending oldest(Instant now) {
        while (!pending.isEmpty() && pending.peekFirst().collectedAt().isBefore(now.minus(maxAge))) {
            pending.removeFirst();
            dropped++;
        }
        return pending.peekFirst();
    }

    void removeOldest() {
        pending.pollFirst();
    }

    int size() {
        return pending.size();
    }

    long dropped() {
        return dropped;
    }
}
