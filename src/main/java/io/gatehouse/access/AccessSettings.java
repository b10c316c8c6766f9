package io.gatehouse.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gatehouse.access.*}: how long a cached access snapshot may be used at most. Changes evict snapshots at once
 * (in this process after commit, in others through PostgreSQL notifications); the lifetime only bounds how long a
 * missed notification could matter.
 */
@ConfigurationProperties("gatehouse.access")
record AccessSettings(@DefaultValue("10s") Duration snapshotTtl, @DefaultValue("100000") int maxSnapshots) {
}
