package io.gatehouse.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every change to memberships or role grants is announced here, in its transaction: the cached snapshots of that
 * organization's members (and of users who joined it) are evicted in this process once the transaction ends, and
 * in every other process through {@code pg_notify}, which PostgreSQL delivers exactly when the transaction commits.
 */
@Component
public class AccessChanges {

    static final String CHANNEL = "gatehouse_access";
    /** Ids per notification; PostgreSQL limits a payload to 8,000 bytes. Members are covered by their organization. */
    private static final int MAX_IDS = 100;

    private final AccessSnapshotCache cache;
    private final JdbcClient jdbc;
    private final boolean postgres;

    AccessChanges(AccessSnapshotCache cache, JdbcClient jdbc, DataSource dataSource) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.postgres = AccessChangeListener.isPostgres(dataSource);
    }

    /** The access of {@code users} (joining, leaving) or of the members of {@code org} changes in this transaction. */
    public void changed(OrganizationId org, Collection<UserId> users) {
        List<UUID> ids = new ArrayList<>();
        ids.add(org.value());
        if (users.size() < MAX_IDS) {
            users.forEach(user -> ids.add(user.value()));
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cache.evict(ids);
            return;
        }
        if (postgres) {
            jdbc.sql("SELECT pg_notify(:channel, :ids)").param("channel", CHANNEL)
                    .param("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(","))).query().listOfRows();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                cache.evict(ids); // after a rollback too: it costs one reload
            }
        });
    }

    public void changed(OrganizationId org) {
        changed(org, List.of());
    }
}
