package io.gatehouse.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Monitoring settings ({@code gatehouse.monitoring.*}).
 *
 * @param retention how long node samples and cluster reports are kept
 * @param purgeInterval how often samples older than the retention are deleted
 * @param maxReportAge a report collected longer ago than this is refused
 * @param maxClockSkew a report collected further in the future than this is refused
 */
@ConfigurationProperties("gatehouse.monitoring")
record MonitoringSettings(@DefaultValue("10d") Duration retention, @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("1h") Duration maxReportAge, @DefaultValue("5m") Duration maxClockSkew) {
}
