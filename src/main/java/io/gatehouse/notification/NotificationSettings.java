package io.gatehouse.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification delivery tuning ({@code gatehouse.notifications.*}). Failed webhook calls are retried with
 * exponential backoff from {@code retryBase} up to {@code retryMax}, {@code maxAttempts} times in all. Webhooks to
 * this machine or a private network are refused unless {@code allowPrivateNetworks} ({@link WebhookTargets}).
 */
@ConfigurationProperties("gatehouse.notifications")
record NotificationSettings(@DefaultValue("1s") Duration pollInterval, @DefaultValue("50") int batchSize,
        @DefaultValue("10s") Duration retryBase, @DefaultValue("1h") Duration retryMax,
        @DefaultValue("12") int maxAttempts, @DefaultValue("10s") Duration webhookTimeout,
        @DefaultValue("2m") Duration lease, @DefaultValue("false") boolean allowPrivateNetworks) {

    Duration backoff(int attemptsSoFar) {
        int exponent = Math.min(Math.max(attemptsSoFar - 1, 0), 20);
        Duration delay = retryBase.multipliedBy(1L << exponent);
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }
}
