package io.gatehouse.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.gatehouse.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * The access snapshots of recent callers, so that authorizing a request costs no query. An entry goes when its
 * organization or its user changes (see {@link AccessChanges}), and after {@link AccessSettings#snapshotTtl()} at
 * the latest.
 * <p>
 * A load that overlaps an eviction must not leave the old state behind: every eviction advances a generation, and
 * a snapshot loaded while the generation moved is taken back out.
 */
@Component
class AccessSnapshotCache {

    private record Entry(AccessSnapshot snapshot, Instant loadedAt) {

        boolean concerns(Collection<UUID> changed) {
            return changed.contains(snapshot.user().value())
                    || snapshot.organization() != null && changed.contains(snapshot.organization().value());
        }
    }

    private final Map<UserId, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AccessSettings settings;
    private final Clock clock;

    AccessSnapshotCache(AccessSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    AccessSnapshot get(UserId user, Supplier<AccessSnapshot> load) {
        Instant now = clock.instant();
        Entry cached = entries.get(user);
        if (cached != null && cached.loadedAt().plus(settings.snapshotTtl()).isAfter(now)) {
            return cached.snapshot();
        }
        long before = generation.get();
        AccessSnapshot loaded = load.get();
        if (entries.size() >= settings.maxSnapshots()) {
            entries.clear(); // a crude bound; the busy callers come back within a request
        }
        Entry entry = new Entry(loaded, now);
        entries.put(user, entry);
        if (generation.get() != before) {
            entries.remove(user, entry); // an eviction ran while loading: this snapshot may predate it
        }
        return loaded;
    }

    /** Forgets the snapshots of these users and of every member of these organizations. */
    void evict(Collection<UUID> changed) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> entry.concerns(changed));
    }

    /** Forgets everything (when changes may have been missed). */
    void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
