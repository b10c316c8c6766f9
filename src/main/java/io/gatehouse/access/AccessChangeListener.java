package io.gatehouse.access;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Hears the access changes other Gatehouse processes commit ({@code LISTEN gatehouse_access}) and evicts the
 * snapshots they concern. It holds one connection of the pool. Whenever it is not listening (start, a lost
 * connection) it clears the whole cache, since it may have missed changes. On H2 there are no other processes and
 * it does nothing.
 */
@Component
class AccessChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AccessChangeListener.class);
    private static final int WAIT_MILLIS = 1000;

    private final DataSource dataSource;
    private final AccessSnapshotCache cache;
    private final boolean postgres;
    private volatile boolean running;
    private @Nullable Thread thread;

    AccessChangeListener(DataSource dataSource, AccessSnapshotCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.postgres = isPostgres(dataSource);
    }

    static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    private void listen() {
        long backoff = WAIT_MILLIS;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + AccessChanges.CHANNEL);
                }
                cache.clear();
                backoff = WAIT_MILLIS;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        Arrays.stream(received).forEach(n -> cache.evict(ids(n.getParameter())));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.clear();
                if (running) {
                    log.warn("Not hearing access changes of other nodes ({}); retrying in {} ms", e.getMessage(), backoff);
                    pause(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                }
            }
        }
    }

    private static List<UUID> ids(String payload) {
        return Arrays.stream(payload.split(",")).map(UUID::fromString).toList();
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        running = true;
        if (!postgres) {
            return;
        }
        Thread listener = new Thread(this::listen, "access-changes");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            try {
                listener.join(2 * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
