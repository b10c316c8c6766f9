package io.gatehouse.access;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import io.gatehouse.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessSnapshotCacheTests {

    private final MutableClock clock = new MutableClock();
    private final AccessSnapshotCache cache = new AccessSnapshotCache(new AccessSettings(Duration.ofSeconds(10), 1000),
            clock);
    private final OrganizationId org = new OrganizationId(UUID.randomUUID());
    private final UserId ann = new UserId(UUID.randomUUID());
    private final AtomicInteger loads = new AtomicInteger();

    private AccessSnapshot viewer() {
        loads.incrementAndGet();
        return new AccessSnapshot(ann, org, List.of(new RoleGrant(Role.CLUSTER_VIEWER, Scope.ALL)));
    }

    private AccessSnapshot nobody() {
        loads.incrementAndGet();
        return new AccessSnapshot(ann, null, List.of());
    }

    @Test
    void loadsOnceWhileNothingChanges() {
        cache.get(ann, this::viewer);
        cache.get(ann, this::viewer);
        assertThat(loads).hasValue(1);
    }

    @Test
    void reloadsAfterAChangeInTheOrganization() {
        cache.get(ann, this::viewer);
        cache.evict(List.of(org.value()));
        cache.get(ann, this::viewer);
        assertThat(loads).hasValue(2);
    }

    @Test
    void reloadsAUserWithoutOrganizationWhoJoinsOne() {
        cache.get(ann, this::nobody);
        cache.evict(List.of(org.value(), ann.value()));
        assertThat(cache.get(ann, this::viewer).organization()).isEqualTo(org);
        assertThat(loads).hasValue(2);
    }

    @Test
    void keepsSnapshotsOfOtherOrganizations() {
        cache.get(ann, this::viewer);
        cache.evict(List.of(UUID.randomUUID()));
        cache.get(ann, this::viewer);
        assertThat(loads).hasValue(1);
    }

    @Test
    void doesNotKeepASnapshotLoadedWhileAChangeWasCommitted() {
        cache.get(ann, () -> {
            AccessSnapshot before = viewer();
            cache.evict(List.of(org.value())); // a demotion commits while the old grants are being read
            return before;
        });
        cache.get(ann, this::nobody);
        assertThat(loads).hasValue(2);
    }

    @Test
    void reloadsAfterTheLifetimeEvenWithoutNotice() {
        cache.get(ann, this::viewer);
        clock.advance(Duration.ofSeconds(9));
        cache.get(ann, this::viewer);
        assertThat(loads).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        cache.get(ann, this::viewer);
        assertThat(loads).hasValue(2);
    }

    @Test
    void clearForgetsEverything() {
        cache.get(ann, this::viewer);
        cache.clear();
        cache.get(ann, this::viewer);
        assertThat(loads).hasValue(2);
    }
}
